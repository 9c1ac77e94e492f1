#!/usr/bin/env node
/**
 * `npm test`: type checks, unit tests, a production build, tests of the build that need no browser
 * (bytes, headers, HTML and links: vitest.dist.config.ts), browser tests in Chromium, then a smoke
 * test of every chapter and embed in Firefox ESR and WebKitGTK (test/engines/run.mjs).
 * Finds the browsers first and installs what is missing, saying so: Debian's packages as root
 * (chromium; firefox-esr, webkit2gtk-driver, xvfb and xauth), else Playwright's download for Chromium.
 * Stops at the first failing stage with a non-zero exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function findChromium() {
  for (const p of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (has('apt-get') && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install chromium)…');
    if (run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']) === 0) path = findChromium();
  } else {
    console.log('No Chromium found: trying Playwright\'s own download (npx playwright install chromium)…');
    if (run('npx', ['playwright', 'install', 'chromium']) === 0) return undefined; // Playwright finds its own build
  }
  if (!path) {
    console.error('Chromium is needed for the browser tests: install it (e.g. `sudo apt-get install chromium`) or set CHROME_PATH, then run `npm test` again.');
    process.exit(1);
  }
  return path;
}

/** Firefox ESR and WebKitGTK's WebDriver (with a virtual display) come only from Debian's packages. */
function ensureOtherEngines() {
  // xvfb-run needs xauth, which apt installs only as a recommendation.
  const needed = { 'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'webkit2gtk-driver': '/usr/bin/WebKitWebDriver', xvfb: '/usr/bin/xvfb-run', xauth: '/usr/bin/xauth' };
  const missing = Object.keys(needed).filter((pkg) => !existsSync(needed[pkg]));
  if (!missing.length) return;
  if (has('apt-get') && process.getuid?.() === 0) {
    console.log(`Installing Debian's ${missing.join(', ')} for the Firefox and WebKit tests (apt-get install)…`);
    run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`]);
  }
  const still = missing.filter((pkg) => !existsSync(needed[pkg]));
  if (still.length) {
    console.error(`Firefox ESR and WebKitGTK are needed for the other-engine tests: install ${still.join(', ')} (e.g. \`sudo apt-get install ${still.join(' ')}\`), then run \`npm test\` again.`);
    process.exit(1);
  }
}

const chrome = ensureChromium();
ensureOtherEngines();
const stages = [
  // A warning fails the checks too, so a new one (a Svelte a11y warning, say) is seen, not lost among old ones.
  ['Type check', 'npx', ['astro', 'check', '--minimumFailingSeverity', 'warning']],
  ['Type check (Svelte)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.svelte.json', '--fail-on-warnings']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Unit and component tests, Chinese edition', 'npx', ['vitest', 'run'], { SITE_LANG: 'zh' }],
  ['Build, both editions', 'npm', ['run', 'build']],
  ['Build output tests', 'npx', ['vitest', 'run', '--config', 'vitest.dist.config.ts']],
  ['Browser tests', 'npx', ['playwright', 'test']],
  ['Other engines: Firefox and WebKit', 'node', ['test/engines/run.mjs']],
];
for (const [name, cmd, args, env = {}] of stages) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const code = run(cmd, args, { ...env, ...(chrome ? { CHROME_PATH: chrome } : {}) });
  if (code !== 0) {
    console.error(`\n✗ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}
console.log('\n✓ All test stages passed.');
