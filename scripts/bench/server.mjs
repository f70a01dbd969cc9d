// A tiny static server for the benchmark: the repository root as files, plus pages built in
// memory (`pages`), so no generated HTML is left on disk. Nothing is cached by the browser
// (`no-store`): every measured navigation pays the same cost, as a first visit would. Text is
// sent gzip-compressed when the browser accepts it, compressed once per body and kept, as a web
// host or CDN serving a static script does (gzipping the 80 KB bundle on every request added
// about 2.5 ms of server time to each widgets-page load, and the HTML's to each static one).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

const gzipped = new Map();
/** The gzip form of a body, made on first use (a body is a page's text or a file's bytes as read). */
function compressed(body) {
  const key = typeof body === 'string' ? body : body.toString('latin1');
  let out = gzipped.get(key);
  if (!out) gzipped.set(key, (out = gzipSync(body)));
  return out;
}

/** Starts the server on 127.0.0.1 at a random free port. `pages` maps a path to HTML text. */
export async function serve(root, pages = new Map()) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': 'no-store', vary: 'accept-encoding' };
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (type, body) => {
      if (gzip) res.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip' }).end(compressed(body));
      else res.writeHead(200, { ...headers, 'content-type': type }).end(body);
    };
    if (pages.has(path)) {
      send('text/html; charset=utf-8', pages.get(path));
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)];
      if (type) send(`${type}; charset=utf-8`, body);
      else res.writeHead(200, { ...headers, 'content-type': 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, pages, close: () => new Promise((ok) => server.close(ok)) };
}
