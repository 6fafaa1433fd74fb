// @ts-check
const withPWA = require('@ducanh2912/next-pwa').default;
const { PAGES_PLACEHOLDER } = require('./scripts/pwa-constants.cjs');

const withServiceWorker = withPWA({
  dest: 'public',
  disable: process.env.NODE_ENV === 'development',
  // Registered by components/layout/service-worker-updates.tsx, which also announces new versions.
  register: false,
  reloadOnOnline: false,
  cacheStartUrl: false,
  workboxOptions: {
    // A new deployment waits until the student chooses to reload, so old and new files never mix.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^_rsc$/],
    additionalManifestEntries: [{ url: PAGES_PLACEHOLDER, revision: 'placeholder' }],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

module.exports = withServiceWorker(nextConfig);
