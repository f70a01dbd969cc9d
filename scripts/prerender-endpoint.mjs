// `POST /prerender` for the dev servers: the request body (HTML text) run through the built
// dist/esm/prerender.js, the very `prerender` the CLI runs, answered as text/plain. The embed
// builder (demo/builder.ts) asks it for its "prerendered" snippet. Served by Vite for `npm start`
// (vite.config.ts, connect-style middleware) and by the test server (web-test-runner.config.mjs,
// koa-style): one core, two adapters. Run after `npm run build`.
//
// Answers: 200 the prerendered HTML; 400 the prerender's error message (not a page it can write
// into, not UTF-8); 403 for a request from another site's page; 405 for another method; 413 for a
// body over MAX_BODY_BYTES; 503 when dist/ is not built.

export const PRERENDER_PATH = '/prerender';
/** Far above any builder snippet (a few hundred bytes), low enough that no request ties the server up. */
export const MAX_BODY_BYTES = 64 * 1024;

const PRERENDER_MODULE = new URL('../dist/esm/prerender.js', import.meta.url);
let loaded;

/** The built module, loaded on first use (the CLI's own import); a later rebuild needs a server restart. */
function prerenderModule() {
  loaded ??= import(PRERENDER_MODULE.href).catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

class BodyTooLarge extends Error {}

/** No Origin header, or one naming the host the request was sent to. */
function sameOrigin(req) {
  const { origin, host } = req.headers;
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request body as bytes, refused as soon as it passes the cap (before reading when it says its length). */
async function readBody(req) {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The answer to one request (a Node IncomingMessage), as `{ status, body, allow? }`; never throws. */
export async function answerPrerender(req) {
  if (req.method !== 'POST') return { status: 405, allow: 'POST', body: 'POST the HTML to prerender.' };
  // Browsers send Origin with every POST: a page of another site (which could not read the answer,
  // but could keep the server busy) is refused. Tools without an Origin (curl) are served.
  if (!sameOrigin(req)) return { status: 403, body: 'Only the dev server’s own pages may ask for a prerender.' };
  let bytes;
  try {
    bytes = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // Stop reading: the rest of an oversize body is not wanted.
      req.resume();
      return { status: 413, body: `The HTML is over ${MAX_BODY_BYTES / 1024} KB.` };
    }
    return { status: 400, body: `The request could not be read (${error.message}).` };
  }
  let html;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, body: 'The HTML is not UTF-8 text.' };
  }
  let prerender, PrerenderError;
  try {
    ({ prerender, PrerenderError } = await prerenderModule());
  } catch (error) {
    return { status: 503, body: `dist/esm/prerender.js could not be loaded: run npm run build (${error.message}).` };
  }
  try {
    return { status: 200, body: prerender(html) };
  } catch (error) {
    return { status: error instanceof PrerenderError ? 400 : 500, body: error.message };
  }
}

const isEndpoint = (url) => new URL(url ?? '/', 'http://localhost').pathname === PRERENDER_PATH;

/** Vite (connect): `server.middlewares.use(prerenderConnect)`. */
export async function prerenderConnect(req, res, next) {
  if (!isEndpoint(req.url)) return next();
  const answer = await answerPrerender(req);
  res.statusCode = answer.status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (answer.allow) res.setHeader('Allow', answer.allow);
  res.end(answer.body);
}

/** @web/test-runner and @web/dev-server (koa): `middleware: [prerenderKoa]`. */
export async function prerenderKoa(ctx, next) {
  if (ctx.path !== PRERENDER_PATH) return next();
  const answer = await answerPrerender(ctx.req);
  ctx.status = answer.status;
  ctx.type = 'text/plain; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  if (answer.allow) ctx.set('Allow', answer.allow);
  ctx.body = answer.body;
}
