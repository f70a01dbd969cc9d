// `npm run browsers`: installs the Debian browser packages the tests need, only those missing.
import { execSync } from 'node:child_process';
import { BROWSERS, findBrowser, wantedBrowsers } from './find-browsers.mjs';

const missing = wantedBrowsers().filter((name) => !findBrowser(name));
if (missing.length === 0) {
  console.log(
    `Browsers present: ${wantedBrowsers()
      .map((n) => `${n} (${findBrowser(n)})`)
      .join(', ')}`,
  );
  process.exit(0);
}
const packages = missing.flatMap((name) => BROWSERS[name].package.split(' '));
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log(`Installing Debian packages: ${packages.join(' ')}`);
try {
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  execSync(
    `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
} catch {
  console.error(`Could not install the browsers. Install them yourself: apt-get install ${packages.join(' ')}`);
  process.exit(1);
}
