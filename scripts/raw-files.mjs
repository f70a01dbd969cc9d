// Test-server middleware: `/raw/<path>` serves a repository file as it is on disk, untouched by
// the esbuild plugin (which would turn any `.json` into a JavaScript module). Tests use it to
// `fetch` datasets the way a page's `src` attribute does, and to serve embedding test pages.
// `/cdn/…` serves the built files from other folders (see cdnPath). `/dist/integrity.json` is
// served as JSON too, as Vite's dev server and any CDN serve it (the embed builder fetches it).
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const root = resolve('.');
const types = { '.json': 'application/json', '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };

/**
 * `/cdn/<folder>/<file>` serves `dist/<file>` as a CDN or a self-hosted copy of `dist/` would, from
 * another folder than the repository's: `ok` has every file, `no-validator` lacks dcw-validate.js.
 */
function cdnPath(path) {
  const [, folder, name] = path.match(/^\/cdn\/(ok|no-validator)\/([\w.-]+)$/) ?? [];
  if (!name || (folder === 'no-validator' && name === 'dcw-validate.js')) return undefined;
  return `/dist/${name}`;
}

export async function rawFiles(ctx, next) {
  const cdn = ctx.path.startsWith('/cdn/');
  const integrity = ctx.path === '/dist/integrity.json';
  if (!ctx.path.startsWith('/raw/') && !cdn && !integrity) return next();
  const path = cdn ? cdnPath(ctx.path) : integrity ? ctx.path : ctx.path.slice('/raw'.length);
  if (!path) {
    ctx.status = 404;
    return;
  }
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) {
    ctx.status = 403;
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = types[extname(file)] ?? 'application/octet-stream';
    // `?csp=strict` serves a page the way a locked-down site would: nothing inline, nothing eval'd,
    // Trusted Types required for every script sink.
    if (ctx.query.csp === 'strict') {
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
      );
    }
  } catch {
    ctx.status = 404;
  }
}
