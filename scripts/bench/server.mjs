// A tiny static server for the benchmark: the repository root as files, plus pages built in
// memory (`pages`), so no generated HTML is left on disk. Nothing is cached (`no-store`): every
// measured navigation pays the same cost, as a first visit would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** Starts the server on 127.0.0.1 at a random free port. `pages` maps a path to HTML text. */
export async function serve(root, pages = new Map()) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': 'no-store' };
    if (pages.has(path)) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, pages, close: () => new Promise((ok) => server.close(ok)) };
}
