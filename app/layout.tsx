import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { BuiltInDecksProvider } from '@/components/layout/built-in-decks';
import { PreferencesProvider } from '@/components/layout/preferences-provider';
import './globals.css';

export const metadata: Metadata = {
  description: 'Fiszki i testy z artykułu o Back Channel Diplomacy i dyplomacji drugiej ścieżki — działa offline.',
  applicationName: 'Dyplomacja',
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [
      { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { url: '/icons/icon.svg', type: 'image/svg+xml' },
    ],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
  appleWebApp: { capable: true, title: 'Dyplomacja', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#1f4e79' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl" suppressHydrationWarning>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- must run before the first paint */}
        <script src="/boot.js" />
      </head>
      <body>
        <PreferencesProvider>
          <BuiltInDecksProvider>
            <AppShell>{children}</AppShell>
          </BuiltInDecksProvider>
        </PreferencesProvider>
      </body>
    </html>
  );
}
