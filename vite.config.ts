import { defineConfig, type Plugin } from 'vite';
import { prerenderConnect } from './scripts/prerender-endpoint.mjs';

/**
 * The dev server (`npm start`): the demo pages under /demo/, straight from the sources. The
 * shipped files are built by scripts/build.mjs (`npm run build`), one Vite build per file.
 */

/** Says where the demo is once the dev server listens (the root page is empty on purpose). */
const demoUrl: Plugin = {
  name: 'dcw-demo-url',
  configureServer(server) {
    server.httpServer?.once('listening', () => {
      setTimeout(() => {
        const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
        server.config.logger.info(`\n  Demo: ${url}demo/\n`);
      }, 50);
    });
  },
};

/**
 * `POST /prerender`: the embed builder's "prerendered" snippet, written by the built prerender
 * module the CLI runs (scripts/prerender-endpoint.mjs). A static copy of the demo has no such
 * endpoint, and the builder says so.
 */
const prerenderEndpoint: Plugin = {
  name: 'dcw-prerender-endpoint',
  configureServer(server) {
    server.middlewares.use(prerenderConnect);
  },
};

export default defineConfig({
  plugins: [demoUrl, prerenderEndpoint],
  server: { host: '127.0.0.1', port: 5173 },
});
