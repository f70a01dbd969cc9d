// Runs the browser tests in Chromium, Firefox and WebKit (Debian packages).
// WebKit needs WebKitWebDriver running under a virtual X display; this script starts it on a
// free port, hands the port to the config, and stops it afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { BROWSERS, findBrowser, wantedBrowsers } from './find-browsers.mjs';

const browsers = wantedBrowsers();
const missing = browsers.filter((name) => !findBrowser(name));
if (missing.length) {
  for (const name of missing)
    console.error(
      `Missing browser: ${name}. Install it with: apt-get install ${BROWSERS[name].package} (or run: npm run browsers)`,
    );
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

let driver;
const summaryDir = mkdtempSync(join(tmpdir(), 'dcw-wtr-'));
const env = { ...process.env, DCW_BROWSERS: browsers.join(','), DCW_SUMMARY_FILE: join(summaryDir, 'summary.txt') };
if (browsers.includes('webkit')) {
  const port = await freePort();
  driver = spawn('xvfb-run', ['-a', findBrowser('webkit'), `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForDriver(port, driver);
  env.DCW_WEBKIT_PORT = String(port);
}

const wtr = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
const code = await new Promise((resolve) => wtr.on('exit', (c) => resolve(c ?? 1)));
if (driver) {
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
try {
  console.log(`\n${readFileSync(env.DCW_SUMMARY_FILE, 'utf8')}`);
} catch {
  console.log('\n0 passed, 1 failed');
}
rmSync(summaryDir, { recursive: true, force: true });
process.exit(code);
