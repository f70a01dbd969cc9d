// @web/test-runner: every test file in Chromium, Firefox and WebKit from Debian's packages.
// Run through `npm run test:browsers` (scripts/run-wtr.mjs), which starts WebKitWebDriver.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_FLAGS, findBrowser, MINIBROWSER, wantedBrowsers } from './scripts/find-browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { rawFiles } from './scripts/raw-files.mjs';
import { prerenderedFiles } from './scripts/prerendered-files.mjs';
import { prerenderKoa } from './scripts/prerender-endpoint.mjs';
import { fromRollup } from '@web/dev-server-rollup';
import { templateMinifier } from './scripts/template-minifier.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser('chromium'),
        headless: true,
        args: [...CHROMIUM_FLAGS, '--disable-quic'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.DCW_WEBKIT_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
};

const browsers = wantedBrowsers();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Two cores: one page at a time is faster, and Chromium background tabs never fire rAF.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: {
    config: { timeout: browsers.length === 1 && browsers[0] === 'chromium' ? 5000 : 10_000 },
  },
  // `POST /prerender` is the embed builder's prerender endpoint, as `npm start` serves it.
  middleware: [rawFiles, prerenderedFiles, prerenderKoa],
  // The fuzz test reads its number of runs from the page (`npm run fuzz` raises it).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script>window.DCW_FUZZ_RUNS = ${Number(process.env.DCW_FUZZ_RUNS ?? 50)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // The build's template minifier, on its test fixture only (test/build/templates.test.ts).
    fromRollup(templateMinifier)(['**/test/build/templates.fixture.ts']),
  ],
  browsers: browsers.map((name) => launchers[name]()),
  reporters: [defaultReporter(), countReporter()],
};
