// Test-server middleware: `/raw/<path>` serves a repository file as it is on disk, untouched by
// the esbuild plugin (which would turn any `.json` into a JavaScript module). Tests use it to
// `fetch` datasets the way a page's `src` attribute does, and to serve embedding test pages.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const root = resolve('.');
const types = { '.json': 'application/json', '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };

export async function rawFiles(ctx, next) {
  if (!ctx.path.startsWith('/raw/')) return next();
  const file = resolve(root, `.${ctx.path.slice('/raw'.length)}`);
  if (!file.startsWith(root + sep)) {
    ctx.status = 403;
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = types[extname(file)] ?? 'application/octet-stream';
    // `?csp=strict` serves a page the way a locked-down site would: nothing inline, nothing eval'd.
    if (ctx.query.csp === 'strict') {
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
      );
    }
  } catch {
    ctx.status = 404;
  }
}
