import type { MessageKey } from '@/lib/i18n/translate';

export type RouteIcon = 'home' | 'study' | 'test' | 'decks' | 'reader' | 'stats' | 'settings';

export interface AppRoute {
  href: string;
  label: MessageKey;
  icon: RouteIcon;
  /** Primary routes sit in the phone's bottom bar; the others in its top bar. */
  primary: boolean;
}

/** Every route of the app, in navigation order. */
export const APP_ROUTES: readonly AppRoute[] = [
  { href: '/', label: 'nav.home', icon: 'home', primary: true },
  { href: '/study', label: 'nav.study', icon: 'study', primary: true },
  { href: '/test', label: 'nav.test', icon: 'test', primary: true },
  { href: '/decks', label: 'nav.decks', icon: 'decks', primary: true },
  { href: '/reader', label: 'nav.reader', icon: 'reader', primary: true },
  { href: '/stats', label: 'nav.stats', icon: 'stats', primary: false },
  { href: '/settings', label: 'nav.settings', icon: 'settings', primary: false },
];
