#!/usr/bin/env node
/**
 * `npm run test:engines`: the built site in Firefox ESR and WebKitGTK, one load per page per
 * engine: every chapter page (both editions) and one embed per widget, found in dist/. On each page every island
 * hydrates, no error appears, a keyboard step on each widget's slider changes its summary, and no
 * text reads NaN, Infinity or undefined (checks.mjs). Prints PASS or FAIL per page; exits 1 on any failure.
 * Flags: --port N (default $ENGINES_PORT or 4960: the site; WebKit's proxy and driver take N + 1 and N + 2),
 * --dist DIR (default dist), --engines firefox,webkit, --only TEXT (pages whose path contains it).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { checkPage } from './checks.mjs';
import { openFirefox, FIREFOX } from './firefox.mjs';
import { openWebKit, WEBKIT_DRIVER } from './webkit.mjs';

const opt = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const PORT = Number(opt('--port', process.env.ENGINES_PORT ?? 4960));
const DIST = opt('--dist', 'dist');
const ONLY = opt('--only', '');
const PAGE_TIMEOUT_MS = 60_000;
const origin = `http://127.0.0.1:${PORT}`;

const engines = {
  firefox: { name: 'Firefox', needs: [process.env.FIREFOX_PATH ?? FIREFOX], open: () => openFirefox() },
  webkit: { name: 'WebKitGTK', needs: [WEBKIT_DRIVER, '/usr/bin/xvfb-run', '/usr/bin/xauth'], open: () => openWebKit({ origin, proxyPort: PORT + 1, driverPort: PORT + 2 }) },
};
const chosen = opt('--engines', 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
for (const id of chosen) {
  if (!engines[id]) { console.error(`Unknown engine "${id}": use firefox, webkit or both (--engines firefox,webkit).`); process.exit(2); }
  const missing = engines[id].needs.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`${engines[id].name} is needed, and ${missing.join(', ')} cannot be found: install Debian's firefox-esr, webkit2gtk-driver, xvfb and xauth (npm test does so as root), then run again.`);
    process.exit(1);
  }
}

const dirs = (d) => (existsSync(`${DIST}/${d}`) ? readdirSync(`${DIST}/${d}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
// Every chapter in both editions (the Chinese one under /zh/), and one embed per widget.
const pages = [...dirs('chapters').map((c) => `/chapters/${c}/`), ...dirs('zh/chapters').map((c) => `/zh/chapters/${c}/`), ...dirs('embed').map((w) => `/embed/${w}/`)].filter((p) => p.includes(ONLY));
if (!pages.some((p) => p.startsWith('/chapters/')) && !ONLY) {
  console.error(`No chapter pages in ${DIST}/chapters: build the site first (npm run build).`);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', DIST], { stdio: ['ignore', 'pipe', 'inherit'] });
// Ready when it says so; if it stops first (the port is taken), never test whatever else answers there.
const serving = new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => { if (/being served at/.test(String(d))) resolve(); });
  server.on('exit', (code) => reject(new Error(`scripts/serve.mjs stopped (exit ${code}): is port ${PORT} taken? Choose another with --port.`)));
});
let current = null;
const cleanUp = async () => {
  await current?.close().catch(() => {});
  current = null;
  server.kill();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { cleanUp().finally(() => process.exit(130)); });

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms); })]).finally(() => clearTimeout(timer));
};

const failures = [];
const started = Date.now();
try {
  await withTimeout(serving, 15_000, 'starting scripts/serve.mjs');
  for (const id of chosen) {
    const engine = engines[id];
    const t0 = Date.now();
    current = await withTimeout(engine.open(), 90_000, `starting ${engine.name}`);
    console.log(`\n${engine.name} (${current.version}): ${pages.length} pages`);
    for (const path of pages) {
      const t = Date.now();
      let result;
      try {
        result = await withTimeout(checkPage(current, origin + path), PAGE_TIMEOUT_MS, path);
      } catch (e) {
        result = { problems: [String(e.message ?? e)], notes: [] };
        // The browser may be wedged: start a fresh one for the next page.
        await current.close().catch(() => {});
        current = await withTimeout(engine.open(), 90_000, `restarting ${engine.name}`);
      }
      const secs = ((Date.now() - t) / 1000).toFixed(1);
      console.log(`${result.problems.length ? 'FAIL' : 'PASS'}  ${engine.name.padEnd(9)} ${path} (${secs} s)${result.notes.length ? `  [${result.notes.join('; ')}]` : ''}`);
      for (const p of result.problems) console.log(`        - ${p}`);
      if (result.problems.length) failures.push(`${engine.name} ${path}`);
    }
    await current.close();
    current = null;
    console.log(`${engine.name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} catch (e) {
  failures.push(String(e.message ?? e));
  console.error(`\n${e.stack ?? e}`);
} finally {
  await cleanUp();
}
const total = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`\n✗ Other engines: ${failures.length} failed (${total} s): ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`\n✓ Other engines: every page passed in ${chosen.map((id) => engines[id].name).join(' and ')} (${total} s).`);
