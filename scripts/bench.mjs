#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, then measures it as ratios to two control pages in one run.
 * - Exact, machine-independent: JS gzip per page (the lazily loaded embed builder apart) and the
 *   elements in each page's body, from the build.
 * - Lighthouse mobile (median of --runs), in interleaved rounds: the heading-and-paragraph control,
 *   page A, page A without its scripts, page B, …, then again; each run's benchmarkIndex is kept.
 *   A page's no-JS twin (same HTML and CSS, no script) shows what its widgets add to TBT and what
 *   the text alone costs.
 * - Input-to-paint per widget at 4× CPU throttling, keys and a drag on its main range input, in
 *   interleaved rounds with the bare range-input control and two Svelte controls (bench/controls/:
 *   a Svelte slider with one readout, and the same with a small d3 chart), which show where a
 *   Svelte widget's floor lies that day; every run first measures this machine's benchmarkIndex
 *   the way Lighthouse does, on the loaded page before the timed steps.
 * Every timing is judged against the control from the same rounds, and only when the rounds'
 * median benchmarkIndex is at least 2,000: below that the machine is too busy to judge timings.
 * Prints the tables (scripts/bench-table.mjs), writes bench/results.json and bench/history/<date>.json.
 * Flags: --runs N (rounds, default 5), --steps N (key presses and drag moves per widget per round,
 * default 20), --pages /,/chapters/x/ and --widgets a,b (measure only these; a partial run writes
 * bench/smoke.json instead), --no-build, --no-lighthouse, --no-widgets, --dist DIR (default dist),
 * --port N (default 4871; the controls use N + 1, the no-JS twins N + 2).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { pageBytes } from './bytes.mjs';
import { minifyClient } from './minify.mjs';
import { bodyElements } from './dom.mjs';
import { formatTables } from './bench-table.mjs';
import { judge } from './bench-verdicts.mjs';

const flag = (f) => process.argv.includes(f);
const opt = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const list = (name) => opt(name)?.split(',').map((s) => s.trim()).filter(Boolean);
const runs = Number(opt('--runs')) || 5;
const steps = Number(opt('--steps')) || 20;
const PORT = Number(opt('--port')) || 4871;
const DIST = opt('--dist') ?? 'dist';
const base = `http://localhost:${PORT}`;
const controlBase = `http://localhost:${PORT + 1}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sorted = (xs) => [...xs].filter(Number.isFinite).sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const pct = (xs, p) => { const s = sorted(xs); return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN; };
const spread = (xs) => { const s = sorted(xs); return { median: median(s), min: s[0] ?? NaN, max: s.at(-1) ?? NaN, n: s.length }; };

if (!flag('--no-build')) {
  if (spawnSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const dirs = (d) => (existsSync(`${DIST}/${d}`) ? readdirSync(`${DIST}/${d}`).sort() : []);
const allPages = ['/', ...dirs('chapters').map((c) => `/chapters/${c}/`), ...dirs('embed').map((w) => `/embed/${w}/`)];
const pages = list('--pages') ?? (list('--widgets') ? [] : allPages);
const widgets = list('--widgets') ?? (list('--pages') ? [] : dirs('embed'));
for (const p of pages) if (!allPages.includes(p)) { console.error(`No page ${p} in ${DIST}: pages are ${allPages.join(', ')}`); process.exit(2); }
for (const w of widgets) if (!dirs('embed').includes(w)) { console.error(`No widget ${w}: widgets are ${dirs('embed').join(', ')}`); process.exit(2); }
const lighthousePages = flag('--no-lighthouse') ? [] : pages.filter((p) => !p.startsWith('/embed/'));
const timedWidgets = flag('--no-widgets') ? [] : widgets;
const partial = Boolean(list('--pages') || list('--widgets') || runs < 5 || steps < 20 || flag('--no-lighthouse') || flag('--no-widgets'));

// Controls, served the same way as the site: a heading and a paragraph (for Lighthouse), and a
// bare range input that writes its value into an <output> (for input-to-paint).
const CONTROL = mkdtempSync(join(tmpdir(), 'bench-control-'));
writeFileSync(join(CONTROL, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Control</title><meta name="description" content="A page with nothing on it"></head><body><h1>Control</h1><p>A heading and a paragraph, for the floor of this machine.</p></body></html>');
writeFileSync(join(CONTROL, 'slider.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control slider</title></head><body><main data-widget data-hydrated="true"><label>Value <input type="range" min="0" max="100" value="0"></label> <output>0</output></main><script>const i=document.querySelector("input"),o=document.querySelector("output");i.addEventListener("input",()=>{o.textContent=i.value+" units"});</script></body></html>');
/** Gzip bytes of all the JavaScript each Svelte control loads, from Vite's output: the JS floor of one small Svelte widget. */
let controlsJsGzip;
// The Svelte controls, built as the site's islands are (production Svelte, scripts/minify.mjs), without the site's config.
if (timedWidgets.length) {
  const { output } = await viteBuild({
    root: 'bench/controls', configFile: false, logLevel: 'warn', base: './',
    plugins: [svelte({ configFile: false }), minifyClient()],
    build: { outDir: join(CONTROL, 'svelte'), emptyOutDir: true, minify: false, rollupOptions: { input: ['slider', 'chart'].map((n) => `bench/controls/${n}.html`) } },
  });
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (c) => [c, ...c.imports.flatMap((f) => closure(chunks.get(f)))];
  const jsOf = (name) => [...new Set(closure([...chunks.values()].find((c) => c.isEntry && c.name === name)))].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  controlsJsGzip = { svelteSlider: jsOf('slider'), svelteChart: jsOf('chart') };
}
// The no-JS twins: the site as built, with every script taken out of the pages Lighthouse runs.
const TWINS = join(CONTROL, 'twins');
if (lighthousePages.length) cpSync(DIST, TWINS, { recursive: true });
else mkdirSync(TWINS);
for (const p of lighthousePages) {
  const file = join(TWINS, p, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]*rel="modulepreload"[^>]*>/g, ''));
}
const twinBase = `http://localhost:${PORT + 2}`;
const servers = [[PORT, DIST], [PORT + 1, CONTROL], [PORT + 2, TWINS]].map(([port, dir]) => spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] }));
const stopServers = () => {
  for (const s of servers) s.kill();
  rmSync(CONTROL, { recursive: true, force: true });
};
try {
  await Promise.all(servers.map((s, i) => new Promise((resolve, reject) => {
    s.stdout.on('data', (d) => { if (/being served at/.test(String(d))) resolve(); });
    s.on('exit', (code) => reject(new Error(`scripts/serve.mjs stopped (exit ${code}): is port ${PORT + i} taken? Choose another with --port.`)));
  })));
} catch (e) {
  stopServers();
  console.error(e.message);
  process.exit(1);
}

/** One Lighthouse mobile run; null (and a line on stderr) when it failed. */
function lighthouse(url) {
  const out = spawnSync(process.execPath, ['node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  try {
    const lhr = JSON.parse(out.stdout);
    // A report can come back with a category unscored (its score null, which would count as 0):
    // that run failed too.
    const unscored = Object.values(lhr.categories).filter((c) => typeof c.score !== 'number').map((c) => c.id);
    if (lhr.runtimeError || unscored.length) throw new Error(lhr.runtimeError?.code ?? `no score for ${unscored.join(', ')}`);
    const score = (c) => lhr.categories[c].score * 100;
    return {
      perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint'].numericValue, cls: lhr.audits['cumulative-layout-shift'].numericValue,
      tbtMs: lhr.audits['total-blocking-time'].numericValue, domElements: lhr.audits['dom-size']?.numericValue ?? NaN,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } catch (e) {
    console.error(`Lighthouse failed on ${url}: ${(out.stderr || e.message || '').slice(0, 300)}`);
    return null;
  }
}

/** Medians of a page's Lighthouse runs, with the runs themselves. */
function summarize(samples) {
  const m = (k) => median(samples.map((s) => s[k]));
  return { perf: m('perf'), a11y: m('a11y'), bp: m('bp'), seo: m('seo'), lcpMs: m('lcpMs'), cls: m('cls'), tbtMs: m('tbtMs'), domElements: m('domElements'), benchmarkIndex: m('benchmarkIndex'), runs: samples };
}

/**
 * Input-to-paint samples for the first range input on `url` at 4× CPU: `steps` key presses, then
 * a drag of `steps` moves. Each is timed from the key or pointer event that changed the value to
 * the first frame presented after the widget's DOM changed. Null when the page has no range input.
 * The run's benchmarkIndex is taken first, unthrottled, so each run says how busy the machine was.
 */
async function inputToPaint(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await page.locator('[data-hydrated="true"]').first().waitFor();
    const input = page.locator('[data-widget] input[type=range]').first();
    if (!(await input.count())) return null;
    const benchmarkIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      const w = window;
      w.__samples = [];
      // Timed from the key or pointer event, but only when it changed the slider's value (an
      // input event followed): a move that changes nothing must not be paired with a later,
      // unrelated change such as the settled announcement.
      let t0 = 0;
      let candidate = 0;
      const mark = (e) => { candidate = e.timeStamp; };
      document.addEventListener('keydown', mark, true);
      document.addEventListener('pointermove', mark, true);
      document.addEventListener('input', () => { t0 = candidate; }, true);
      new MutationObserver(() => {
        if (!t0) return;
        const start = t0; t0 = 0;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__samples.push(performance.now() - start);
          ch.port2.postMessage(0);
        });
      }).observe(document.querySelector('[data-widget]'), { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // Each step is timed on its own: the next input waits for the previous frame (or 300 ms
    // when the input changed nothing), so a slow step does not queue into the next one's time.
    const settled = (n) => page.waitForFunction((k) => window.__samples.length > k, n, { polling: 10, timeout: 300 }).catch(() => {});
    const count = () => page.evaluate(() => window.__samples.length);
    const reset = () => page.evaluate(() => (window.__samples = []));
    await input.focus();
    await input.press('Home');
    await page.waitForTimeout(300);
    await reset();
    let key = 'ArrowRight';
    for (let i = 0; i < steps; i++) {
      // Sliders with few steps reach the end early: then walk back.
      const atEnd = await input.evaluate((el, k) => el.value === (k === 'ArrowRight' ? el.max : el.min), key);
      if (atEnd) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      const n = await count();
      await input.press(key);
      await settled(n);
      await page.waitForTimeout(20);
    }
    const keys = await page.evaluate(() => window.__samples);
    await page.waitForTimeout(300);
    await reset();
    const box = await input.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= steps; i++) {
        const n = await count();
        await page.mouse.move(box.x + 4 + (i * (box.width - 8)) / steps, box.y + box.height / 2);
        await settled(n);
        await page.waitForTimeout(20);
      }
      await page.mouse.up();
    }
    const drag = await page.evaluate(() => window.__samples);
    return { keys, drag, benchmarkIndex };
  } finally {
    await page.close();
  }
}

/** Whether a widget draws a chart (src/charts/Figure.svelte): then the Svelte chart control is its floor. */
const drawsChart = (id) => /class="figure[ "]/.test(readFileSync(`${DIST}/embed/${id}/index.html`, 'utf8'));

const timing = (xs) => ({ n: xs.length, medianMs: median(xs), p95Ms: pct(xs, 0.95) });

const results = {
  date: new Date().toISOString(),
  partial,
  options: { runs, steps, pages, widgets: timedWidgets, lighthouse: lighthousePages.length > 0 },
  machine: {},
  controls: {},
  pages: {},
  widgets: {},
};
try {
  // Exact figures first: they need no browser.
  for (const p of pages) {
    const b = pageBytes(DIST, p);
    results.pages[p] = {
      bytes: b,
      domElements: bodyElements(DIST, p),
    };
  }

  if (lighthousePages.length) {
    const twin = (p) => `${p} (no JS)`;
    const urls = new Map([['(control)', `${controlBase}/`], ...lighthousePages.flatMap((p) => [[p, base + p], [twin(p), twinBase + p]])]);
    const samples = new Map([...urls.keys()].map((k) => [k, []]));
    for (let r = 0; r < runs; r++) {
      console.log(`Lighthouse round ${r + 1} of ${runs}: control, ${lighthousePages.map((p) => `${p} and its no-JS twin`).join(', ')}`);
      for (const [p, done] of samples) {
        // A failed run (lighthouse() says why, e.g. NO_NAVSTART) is run again, up to three tries, so
        // the page keeps its sample for this round: in two judged runs on 7 December one page failed
        // twice in a row and was left with four samples.
        const s = lighthouse(urls.get(p)) ?? lighthouse(urls.get(p)) ?? lighthouse(urls.get(p));
        if (s) done.push({ round: r + 1, ...s });
      }
    }
    results.controls.page = summarize(samples.get('(control)'));
    for (const p of lighthousePages) {
      results.pages[p].lighthouse = summarize(samples.get(p));
      results.pages[p].noJs = summarize(samples.get(twin(p)));
    }
    const indexes = [...samples.values()].flat().map((s) => s.benchmarkIndex);
    results.machine.lighthouseBenchmarkIndex = spread(indexes);
  }

  if (timedWidgets.length) {
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
    const CONTROLS = { '(control)': `${controlBase}/slider.html`, '(svelte slider)': `${controlBase}/svelte/slider.html`, '(svelte chart)': `${controlBase}/svelte/chart.html` };
    const samples = new Map([...Object.keys(CONTROLS), ...timedWidgets].map((w) => [w, { keys: [], drag: [], indexes: [] }]));
    const noSlider = new Set();
    try {
      for (let r = 0; r < runs; r++) {
        console.log(`Input-to-paint round ${r + 1} of ${runs}: controls, ${timedWidgets.join(', ')}`);
        for (const [id, s] of samples) {
          const got = await inputToPaint(browser, CONTROLS[id] ?? `${base}/embed/${id}/`);
          if (!got) { noSlider.add(id); continue; }
          s.keys.push(...got.keys);
          s.drag.push(...got.drag);
          s.indexes.push(got.benchmarkIndex);
        }
      }
    } finally {
      await browser.close();
    }
    const timings = (id) => ({ keyboard: timing(samples.get(id).keys), drag: timing(samples.get(id).drag), benchmarkIndex: spread(samples.get(id).indexes) });
    results.controls.slider = timings('(control)');
    results.controls.svelteSlider = timings('(svelte slider)');
    results.controls.svelteChart = timings('(svelte chart)');
    results.controls.jsGzip = controlsJsGzip;
    results.machine.widgetBenchmarkIndex = spread([...samples.values()].flatMap((s) => s.indexes));
    for (const id of timedWidgets) {
      if (noSlider.has(id)) { results.widgets[id] = { noSlider: true }; continue; }
      results.widgets[id] = { ...timings(id), chart: drawsChart(id) };
    }
  }
} finally {
  stopServers();
}

judge(results);
console.log(`\n${formatTables(results)}`);
// A partial run (smoke test) does not replace the current figures or enter the history.
mkdirSync('bench/history', { recursive: true });
const json = JSON.stringify(results, null, 2) + '\n';
if (partial) {
  writeFileSync('bench/smoke.json', json);
  console.log('\nPartial run: written to bench/smoke.json (bench/results.json and bench/history/ are kept for full runs).');
} else {
  const file = `bench/history/${results.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`;
  writeFileSync('bench/results.json', json);
  writeFileSync(file, json);
  console.log(`\nWritten to bench/results.json and ${file}. For the README: npm run bench:table`);
}
