import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { packDataset } from './scripts/pack-dataset.mjs';
import { terserPass } from './scripts/terser-pass.mjs';

/**
 * Two library builds (see package.json "build"):
 * - default: `dist/dev-career-widgets.js`, one self-contained IIFE script with Lit, zod (core) and
 *   the dataset inside, for `<script src>` (classic or module) with no build step.
 * - `--mode esm`: `dist/esm/`, ES modules per entry for npm users; Lit and zod stay external so
 *   an app that already has them does not ship them twice.
 * The dev server (`npm start`) serves the demo pages under /demo/ straight from the sources.
 */
const esmEntries = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  'salary-calculator': 'src/salary-calculator/define.ts',
  'skills-checklist': 'src/skills-checklist/define.ts',
  'role-comparison': 'src/role-comparison/define.ts',
};

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

export default defineConfig(({ command, mode }) => ({
  plugins: [demoUrl, minifyTemplates(), ...(command === 'build' ? [packDataset(), terserPass()] : [])],
  server: { host: '127.0.0.1', port: 5173 },
  build:
    mode === 'esm'
      ? {
          outDir: 'dist/esm',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: esmEntries, formats: ['es'] },
          rolldownOptions: { external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/] },
        }
      : {
          outDir: 'dist',
          // First of the three build steps (package.json "build"), so it starts from an empty dist/.
          emptyOutDir: true,
          target: 'es2022',
          reportCompressedSize: false,
          sourcemap: !!process.env.DCW_SOURCEMAP,
          lib: {
            entry: 'src/index.ts',
            name: 'DevCareerWidgets',
            formats: ['iife'],
            fileName: () => 'dev-career-widgets.js',
          },
        },
}));
