#!/usr/bin/env node
/**
 * `npm test`: type checks, unit tests, a production build, then browser tests in Chromium.
 * Finds Chromium first and installs it when missing (Debian's package as root, else Playwright's
 * download), saying so. Stops at the first failing stage with a non-zero exit code.
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

const chrome = ensureChromium();
const stages = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Type check (Svelte)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.svelte.json', '--threshold', 'error']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Build', 'npx', ['astro', 'build']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];
for (const [name, cmd, args] of stages) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const code = run(cmd, args, chrome ? { CHROME_PATH: chrome } : {});
  if (code !== 0) {
    console.error(`\n✗ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}
console.log('\n✓ All test stages passed.');
