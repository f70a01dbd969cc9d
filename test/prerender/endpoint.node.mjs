// The dev servers' `POST /prerender` (scripts/prerender-endpoint.mjs), served here by a plain Node
// server through its connect adapter, as Vite serves it: it answers exactly what `prerender` gives,
// and refuses other methods, oversize bodies and bodies that are not an HTML page. Run after
// `npm run build`. The last line is "N passed, N failed", as in cli.node.mjs.
import { createServer } from 'node:http';
import { MAX_BODY_BYTES, prerenderConnect } from '../../scripts/prerender-endpoint.mjs';
import { prerender } from '../../dist/esm/prerender.js';
import { assert, equal, report, test } from './harness.mjs';

const server = createServer((req, res) =>
  prerenderConnect(req, res, () => {
    res.statusCode = 404;
    res.end('not the endpoint');
  }),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const post = (body, path = '/prerender') => fetch(`${base}${path}`, { method: 'POST', body });

await test("answers a builder snippet's markup (a fragment) exactly as prerender writes it", async () => {
  const markup = `<style>\n  dcw-salary-calculator {\n    --dcw-radius: 0;\n  }\n</style>\n<dcw-salary-calculator pay="70000" compare></dcw-salary-calculator>`;
  const res = await post(markup);
  equal(res.status, 200, 'status');
  equal(res.headers.get('content-type'), 'text/plain; charset=utf-8', 'content type');
  const text = await res.text();
  equal(text, prerender(markup), 'body');
  assert(text.startsWith(markup.slice(0, markup.indexOf('<dcw-'))), 'the <style> block was changed');
});

await test('answers 400 with the prerender error for a body that is not an HTML page', async () => {
  const res = await post('just words');
  equal(res.status, 400, 'status');
  equal(await res.text(), 'This is not an HTML page: it has no tags at all.', 'message');
  const unclosed = await post('<p>Hi</p>\n<dcw-skills-checklist>');
  equal(unclosed.status, 400, 'status of an unclosed tag');
  assert((await unclosed.text()).startsWith('Line 2: <dcw-skills-checklist> has no end tag'), 'unclosed tag message');
});

await test("answers 403 to another site's page, and serves its own pages", async () => {
  const from = (origin) =>
    fetch(`${base}/prerender`, {
      method: 'POST',
      headers: { origin },
      body: '<dcw-role-comparison></dcw-role-comparison>',
    });
  equal((await from('https://elsewhere.example')).status, 403, 'status for another origin');
  equal((await from('null')).status, 403, 'status for an opaque origin');
  equal((await from(base)).status, 200, 'status for its own origin');
});

await test('answers 400 for a body that is not UTF-8', async () => {
  const res = await post(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x70, 0x3e]));
  equal(res.status, 400, 'status');
  equal(await res.text(), 'The HTML is not UTF-8 text.', 'message');
});

await test('answers 413 for a body over the cap, whether or not it gives its length', async () => {
  const big = `<p>${'a'.repeat(MAX_BODY_BYTES)}</p>`;
  equal((await post(big)).status, 413, 'status with a Content-Length');
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  const chunked = await fetch(`${base}/prerender`, { method: 'POST', body: stream, duplex: 'half' });
  equal(chunked.status, 413, 'status when streamed');
  const atCap = `<p>${'a'.repeat(MAX_BODY_BYTES - 7)}</p>`;
  equal((await post(atCap)).status, 200, 'status at the cap');
});

await test('answers 405 to other methods and leaves other paths to the next middleware', async () => {
  const get = await fetch(`${base}/prerender`);
  equal(get.status, 405, 'status of GET');
  equal(get.headers.get('allow'), 'POST', 'Allow header');
  equal((await post('<p>x</p>', '/prerender/more')).status, 404, 'another path');
  equal((await post('<p>x</p>', '/prerender?x=1')).status, 200, 'a query string');
});

server.close();
report();
