// A tiny static server for the benchmark: the repository root as files, plus pages built in
// memory (`pages`), so no generated HTML is left on disk. Nothing is cached by the browser
// (`no-store`): every measured navigation pays the same cost, as a first visit would. Text is
// sent gzip-compressed when the browser accepts it, compressed once per body and kept, as a web
// host or CDN serving a static script does (gzipping the 80 KB bundle on every request added
// about 2.5 ms of server time to each widgets-page load, and the HTML's to each static one).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

const gzipped = new Map();
/**
 * The gzip form of what is served at `key` (a path), made again only when `version` changes
 * (a page's text, a file's modification time); `body` is read only then.
 */
async function compressed(key, version, body) {
  const hit = gzipped.get(key);
  if (hit?.version === version) return hit.gzip;
  const gzip = gzipSync(await body());
  gzipped.set(key, { version, gzip });
  return gzip;
}

/** Starts the server on 127.0.0.1 at a random free port. `pages` maps a path to HTML text. */
export async function serve(root, pages = new Map()) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': 'no-store', vary: 'accept-encoding' };
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    /** Sends text, compressed when the browser takes gzip; `read` gives the body, `version` says when it changed. */
    const send = async (type, version, read) => {
      if (gzip)
        res
          .writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip' })
          .end(await compressed(path, version, read));
      else res.writeHead(200, { ...headers, 'content-type': type }).end(await read());
    };
    if (pages.has(path)) {
      const page = pages.get(path);
      await send('text/html; charset=utf-8', page, () => page);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const { mtimeMs } = await stat(file);
      const type = TYPES[extname(file)];
      if (type) await send(`${type}; charset=utf-8`, mtimeMs, () => readFile(file));
      else res.writeHead(200, { ...headers, 'content-type': 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
