// A tiny static file server for the end-to-end tests and the bench: serves built pages and data folders under URL prefixes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Resolve a URL path inside a root, refusing to climb out of it. */
function inside(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

export async function startStaticServer(
  roots: { prefix: string; dir: string }[],
): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const root = roots.find((candidate) => urlPath.startsWith(candidate.prefix));
    let path = root ? inside(root.dir, urlPath.slice(root.prefix.length) || '/') : null;
    try {
      if (path && (await stat(path)).isDirectory()) path = join(path, 'index.html');
      if (!path) throw new Error('outside');
      await stat(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}
