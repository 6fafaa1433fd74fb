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
    // Every page is static: query strings (?deck=…, Next's _rsc) are read by the client only, so
    // the precached file answers whatever the parameters.
    ignoreURLParametersMatching: [/.*/],
    additionalManifestEntries: [{ url: PAGES_PLACEHOLDER, revision: 'placeholder' }],
    // Precache only what the app's routes load: next-pwa's defaults, plus the pages-router runtime
    // (framework, main, build manifests) and the legacy-browser polyfills (a noModule script that
    // every supported browser skips), which an App Router export ships but never runs.
    exclude: [
      /\/_next\/static\/.*(?<!\.p)\.woff2/,
      /\.map$/,
      /^manifest.*\.js$/,
      /\/chunks\/(framework|main|polyfills)-[\da-f]+\.js$/,
      /\/(_buildManifest|_ssgManifest)\.js$/,
    ],
    runtimeCaching: [
      {
        // Next's router checks a link's page with a HEAD request before prefetching it (static
        // export mode). Precache only answers GET, so offline every such check would fail; answer
        // it from the precached page instead. (Stringified into the worker: keep it self-contained.)
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.method === 'HEAD',
        method: 'HEAD',
        handler: async ({ request, url }) => {
          const page = url.pathname === '/' ? '/index.html' : `${url.pathname.replace(/\/$/, '')}.html`;
          const cached = await caches.match(page, { ignoreSearch: true });
          if (cached) return new Response(null, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
          return fetch(request);
        },
      },
    ],
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
