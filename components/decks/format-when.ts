import type { Lang } from '@/lib/content/lang';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something happened, for people: "5 minut temu", "wczoraj", "3 dni temu" within a week, then a
 * short date ("12 sty 2026"). Both clocks are passed in.
 */
export function formatWhen(when: number, now: number, lang: Lang): string {
  const ago = Math.max(0, now - when);
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return relative.format(-Math.floor(ago / DAY), 'day');
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(when);
}
