#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, then measures per page the bytes shipped, Lighthouse mobile
 * scores (median of 5 runs) and, per widget, input-to-paint time for its main input under 4× CPU
 * throttling (keyboard steps and a pointer drag). A control page of nothing but text, and one of
 * nothing but a range input, get the same measurements: this machine's floor. Prints a table and
 * writes bench/results.json.
 * Flags: --no-build, --no-lighthouse, --runs N, --dist DIR (default dist; with --no-build, an
 * existing build elsewhere), --port N (default 4871; the controls use N + 1)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { pageBytes, kb } from './bytes.mjs';

const flag = (f) => process.argv.includes(f);
const opt = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(opt('--runs')) || 5;
const PORT = Number(opt('--port')) || 4871;
const DIST = opt('--dist') ?? 'dist';
const base = `http://localhost:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUDGET = { jsGzip: 60 * 1024, perf: 98, a11y: 100, bp: 100, seo: 100, cls: 0.01, tbt: 50, p95: 16 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN; };

if (!flag('--no-build')) {
  if (spawnSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const pages = ['/', ...readdirSync(`${DIST}/chapters`).map((c) => `/chapters/${c}/`), ...readdirSync(`${DIST}/embed`).map((w) => `/embed/${w}/`)];
const widgets = readdirSync(`${DIST}/embed`);
// Controls: the same measurements on pages with nothing of ours in them (a heading and a
// paragraph; a bare range input that writes its value into an <output>), served the same way.
// They show this machine's floor, which a budget cannot go below.
const CONTROL = mkdtempSync(join(tmpdir(), 'bench-control-'));
writeFileSync(join(CONTROL, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Control</title><meta name="description" content="A page with nothing on it"></head><body><h1>Control</h1><p>A heading and a paragraph, for the floor of this machine.</p></body></html>');
writeFileSync(join(CONTROL, 'slider.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control slider</title></head><body><main data-widget data-hydrated="true"><label>Value <input type="range" min="0" max="100" value="0"></label> <output>0</output></main><script>const i=document.querySelector("input"),o=document.querySelector("output");i.addEventListener("input",()=>{o.textContent=i.value+" units"});</script></body></html>');
const servers = [[PORT, DIST], [PORT + 1, CONTROL]].map(([port, dir]) => spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dir], { stdio: 'ignore' }));
const controlBase = `http://localhost:${PORT + 1}`;
await new Promise((r) => setTimeout(r, 800));

const results = { date: new Date().toISOString(), budgets: BUDGET, pages: {}, widgets: {} };
try {
  for (const p of pages) results.pages[p] = { bytes: pageBytes(DIST, p) };

  if (!flag('--no-lighthouse')) {
    for (const p of ['(control)', ...pages.filter((x) => !x.startsWith('/embed/'))]) {
      const scores = [];
      for (let i = 0; i < runs; i++) {
        const out = spawnSync('npx', ['lighthouse', p === '(control)' ? `${controlBase}/` : base + p, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile',
          '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`],
          { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
        try {
          const lhr = JSON.parse(out.stdout);
          scores.push({
            perf: lhr.categories.performance.score * 100, a11y: lhr.categories.accessibility.score * 100,
            bp: lhr.categories['best-practices'].score * 100, seo: lhr.categories.seo.score * 100,
            lcp: lhr.audits['largest-contentful-paint'].numericValue, cls: lhr.audits['cumulative-layout-shift'].numericValue,
            tbt: lhr.audits['total-blocking-time'].numericValue, bi: lhr.environment.benchmarkIndex,
          });
        } catch { console.error(`Lighthouse failed on ${p}: ${out.stderr?.slice(0, 300)}`); }
      }
      const m = (k) => median(scores.map((s) => s[k]));
      results.pages[p] ??= {};
      results.pages[p].lighthouse = { perf: m('perf'), a11y: m('a11y'), bp: m('bp'), seo: m('seo'), lcpMs: m('lcp'), cls: m('cls'), tbtMs: m('tbt'), benchmarkIndex: m('bi'), runs: scores.length };
    }
  }

  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  for (const id of ['(control)', ...widgets]) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(id === '(control)' ? `${controlBase}/slider.html` : `${base}/embed/${id}/`);
    await page.locator('[data-hydrated="true"]').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const input = page.locator('[data-widget] input[type=range]').first();
    if (!(await input.count())) { await page.close(); continue; }
    await page.evaluate(() => {
      // Time from the input event to the first frame presented after the DOM changed.
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
    await input.focus();
    await input.press('Home');
    await page.waitForTimeout(300);
    await page.evaluate(() => (window.__samples = []));
    let key = 'ArrowRight';
    for (let i = 0; i < 50; i++) {
      // Sliders with few steps reach the end before 50 presses: then walk back.
      const atEnd = await input.evaluate((el, k) => el.value === (k === 'ArrowRight' ? el.max : el.min), key);
      if (atEnd) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      const n = await count();
      await input.press(key);
      await settled(n);
      await page.waitForTimeout(20);
    }
    const keys = await page.evaluate(() => window.__samples);
    await page.waitForTimeout(300);
    await page.evaluate(() => (window.__samples = []));
    const box = await input.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 50; i++) {
        const n = await count();
        await page.mouse.move(box.x + 4 + (i * (box.width - 8)) / 50, box.y + box.height / 2);
        await settled(n);
        await page.waitForTimeout(20);
      }
      await page.mouse.up();
    }
    const drag = await page.evaluate(() => window.__samples);
    results.widgets[id] = {
      keyboard: { n: keys.length, medianMs: median(keys), p95Ms: pct(keys, 0.95) },
      drag: { n: drag.length, medianMs: median(drag), p95Ms: pct(drag, 0.95) },
    };
    await page.close();
  }
  await browser.close();
} finally {
  for (const s of servers) s.kill();
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const f = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
console.log('\n| page | JS gzip KB | HTML gzip KB | CSS gzip KB | perf | a11y | BP | SEO | LCP ms | CLS | TBT ms | benchmarkIndex |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
const failures = [];
const sizeKb = (b) => (b ? kb(b.gzip) : '–');
for (const [p, r] of Object.entries(results.pages)) {
  const l = r.lighthouse ?? {};
  console.log(`| ${p} | ${sizeKb(r.bytes?.js)} | ${sizeKb(r.bytes?.html)} | ${sizeKb(r.bytes?.css)} | ${f(l.perf)} | ${f(l.a11y)} | ${f(l.bp)} | ${f(l.seo)} | ${f(l.lcpMs)} | ${f(l.cls, 3)} | ${f(l.tbtMs)} | ${f(l.benchmarkIndex)} |`);
  if (p === '(control)') continue;
  if (r.bytes.js.gzip > BUDGET.jsGzip) failures.push(`${p}: JS ${kb(r.bytes.js.gzip)} KB > 60`);
  if (r.lighthouse) {
    if (l.perf < BUDGET.perf) failures.push(`${p}: performance ${f(l.perf)} < 98`);
    for (const k of ['a11y', 'bp', 'seo']) if (l[k] < 100) failures.push(`${p}: ${k} ${l[k]} < 100`);
    if (l.cls > BUDGET.cls) failures.push(`${p}: CLS ${f(l.cls, 3)} > 0.01`);
    if (l.tbtMs > BUDGET.tbt) failures.push(`${p}: TBT ${f(l.tbtMs)} > 50 ms`);
  }
}
console.log('\n| widget | keys n | key median ms | key p95 ms | drag n | drag median ms | drag p95 ms |');
console.log('|---|---|---|---|---|---|---|');
for (const [id, w] of Object.entries(results.widgets)) {
  console.log(`| ${id} | ${w.keyboard.n} | ${f(w.keyboard.medianMs, 1)} | ${f(w.keyboard.p95Ms, 1)} | ${w.drag.n} | ${f(w.drag.medianMs, 1)} | ${f(w.drag.p95Ms, 1)} |`);
  if (id === '(control)') continue;
  if (w.keyboard.p95Ms > BUDGET.p95) failures.push(`${id}: key p95 ${f(w.keyboard.p95Ms, 1)} ms > 16`);
  if (w.drag.p95Ms > BUDGET.p95) failures.push(`${id}: drag p95 ${f(w.drag.p95Ms, 1)} ms > 16`);
}
console.log('\n(control) rows: the same measurements on a page with nothing of ours on it (a heading and a paragraph;\na bare range input and an <output>), served the same way: the floor of this machine.');
console.log(failures.length ? `\nOver budget:\n- ${failures.join('\n- ')}` : '\nEvery page and widget is within budget.');
console.log('Written to bench/results.json');
