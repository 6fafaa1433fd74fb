import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { BuiltInDecksProvider } from '@/components/layout/built-in-decks';
import { PreferencesProvider } from '@/components/layout/preferences-provider';
import './globals.css';
// Every screen's styles load with the app shell, as one stylesheet: prefetching a link would otherwise
// preload the next screen's own stylesheet, which Chromium then reports as "preloaded but not used"
// (issue #9). All of it is a few kilobytes compressed, and the service worker caches it anyway.
// Shared styles first, then each screen's, so a screen's rules win over the shared ones they refine.
import '@/components/layout/app-shell.module.css';
import '@/components/ui/choice-group.module.css';
import '@/components/ui/rich-text.module.css';
import '@/components/cards/card-face.module.css';
import '@/components/cards/card-preview.module.css';
import '@/components/decks/decks.module.css';
import '@/components/generate/generate.module.css';
import '@/components/import/import.module.css';
import '@/components/editor/editor.module.css';
import '@/components/exam/exam.module.css';
import '@/components/reader/reader.module.css';
import '@/components/settings/settings.module.css';
import '@/components/stats/stats.module.css';
import '@/components/study/study.module.css';

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
