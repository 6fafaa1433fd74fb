'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Icon } from '@/components/ui/icon';
import { usePreferences } from './preferences-provider';
import { APP_ROUTES } from './routes';
import styles from './app-shell.module.css';

function isCurrent(pathname: string, href: string): boolean {
  const path = pathname.replace(/\/$/, '') || '/';
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** The app's navigation: a bottom bar on phones, a sidebar on wide screens. */
export function MainNav() {
  const { t } = usePreferences();
  const pathname = usePathname() ?? '/';
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <ul className={styles.navList}>
        {APP_ROUTES.map((route) => (
          <li key={route.href} className={route.primary ? styles.primaryItem : styles.secondaryItem}>
            <Link prefetch={false}
              href={route.href}
              className={styles.navLink}
              aria-current={isCurrent(pathname, route.href) ? 'page' : undefined}
            >
              <Icon name={route.icon} />
              <span>{t(route.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** On phones, the routes that do not fit the bottom bar, as icon links in the top bar. */
export function SecondaryNav() {
  const { t } = usePreferences();
  const pathname = usePathname() ?? '/';
  return (
    <ul className={styles.headerLinks}>
      {APP_ROUTES.filter((route) => !route.primary).map((route) => (
        <li key={route.href}>
          <Link prefetch={false}
            href={route.href}
            className={styles.headerLink}
            aria-label={t(route.label)}
            title={t(route.label)}
            aria-current={isCurrent(pathname, route.href) ? 'page' : undefined}
          >
            <Icon name={route.icon} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
