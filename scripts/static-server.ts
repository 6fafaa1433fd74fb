import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import handler from 'serve-handler';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

/**
 * Gzips the response the way a production host would, when the client accepts it. serve-handler
 * writes the head and then pipes the file: the body is collected and compressed at the end.
 */
function gzipWhenAccepted(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' || request.headers.range !== undefined || !/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return;
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = response.write.bind(response) as (chunk: Buffer) => boolean;
  const end = response.end.bind(response) as (chunk?: Buffer) => ServerResponse;
  const chunks: Buffer[] = [];
  let compress = false;
  response.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    const type = String(headers['Content-Type'] ?? response.getHeader('Content-Type') ?? '');
    compress = COMPRESSIBLE.test(type);
    if (compress) {
      delete headers['Content-Length'];
      response.removeHeader('Content-Length');
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    return writeHead(status, headers);
  }) as typeof response.writeHead;
  response.write = ((chunk: string | Buffer) => {
    if (!compress) return write(Buffer.from(chunk));
    chunks.push(Buffer.from(chunk));
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: string | Buffer | (() => void)) => {
    if (chunk !== undefined && typeof chunk !== 'function') response.write(chunk);
    if (!compress) return end();
    return end(gzipSync(Buffer.concat(chunks), { level: 6 }));
  }) as typeof response.end;
}

/**
 * Serves the exported static site the way a static host would: clean URLs (/decks → decks.html),
 * the 404 page, and no HTTP caching of the service worker script so new deployments are noticed.
 * `gzip` compresses text responses as production hosts do (the benchmark counts transferred bytes).
 */
export function startStaticServer({ root = 'out', port = 3000, host = '127.0.0.1', gzip = false } = {}): Promise<Server> {
  const server = createServer((request, response) => {
    if (gzip) gzipWhenAccepted(request, response);
    return handler(request, response, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      headers: [
        { source: 'sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
        { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      ],
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
