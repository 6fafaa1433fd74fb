import { createServer, type Server } from 'node:http';
import handler from 'serve-handler';

/**
 * Serves the exported static site the way a static host would: clean URLs (/decks → decks.html),
 * the 404 page, and no HTTP caching of the service worker script so new deployments are noticed.
 */
export function startStaticServer({ root = 'out', port = 3000, host = '127.0.0.1' } = {}): Promise<Server> {
  const server = createServer((request, response) =>
    handler(request, response, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      headers: [
        { source: 'sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
        { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      ],
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
