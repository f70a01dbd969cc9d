// Test-server middleware: `/prerendered/<path>` serves a repository HTML file as `prerender` writes
// it (the built dist/esm/prerender.js, as the CLI runs it), so browser tests load prerendered pages
// without a copy of them in the repository. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const root = resolve('.');
let prerender;

export async function prerenderedFiles(ctx, next) {
  if (!ctx.path.startsWith('/prerendered/')) return next();
  const file = resolve(root, `.${ctx.path.slice('/prerendered'.length)}`);
  if (!file.startsWith(root + sep) || !file.endsWith('.html')) {
    ctx.status = 403;
    return;
  }
  prerender ??= (await import(new URL('../dist/esm/prerender.js', import.meta.url).href)).prerender;
  try {
    ctx.body = prerender(await readFile(file, 'utf8'));
    ctx.type = 'text/html';
  } catch (error) {
    ctx.status = 500;
    ctx.body = String(error);
  }
}
