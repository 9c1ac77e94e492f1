#!/usr/bin/env node
/**
 * The benchmark's tables in README markdown: `npm run bench:table [-- file]` prints them from
 * bench/results.json (or a file in bench/history/) for pasting; `npm run bench` prints the same.
 * Every timing stands beside its ratio to the control measured in the same rounds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const num = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–');
const times = (r) => (Number.isFinite(r) ? `${r.toFixed(r >= 10 ? 1 : 2)}×` : '–');
const spread = (s, unit) => (s?.n ? `${num(s.median)} (${num(s.min)}–${num(s.max)}, ${s.n} ${unit}${s.n === 1 ? '' : 's'})` : 'not measured');

function machineLine(results) {
  const m = results.machine;
  const line = (results.budgets.minBenchmarkIndex).toLocaleString('en-US');
  const say = (v) => (v === 'too busy' ? `**machine too busy to judge timings** (median under ${line}): reported, neither passed nor failed` : v === 'judged' ? 'timings judged' : v);
  const parts = [];
  if (m.lighthouseBenchmarkIndex) parts.push(`Lighthouse runs: median benchmarkIndex ${spread(m.lighthouseBenchmarkIndex, 'run')}, ${say(m.pagesTimings)}`);
  // History files from before 6 December 2026, 22:43 UTC have one index a round, the bare input's.
  if (m.widgetBenchmarkIndex) parts.push(`Widget rounds: median benchmarkIndex ${spread(m.widgetBenchmarkIndex, results.widgets && Object.values(results.widgets).some((w) => w.benchmarkIndex) ? 'run' : 'round')}, ${say(m.widgetTimings)}`);
  const rounds = `${results.options.runs} interleaved round${results.options.runs === 1 ? '' : 's'}`;
  return `Run of ${results.date.slice(0, 10)}${results.partial ? ' (partial)' : ''}, ${rounds}. ${parts.join('. ') || 'No timings'}.`;
}

function pageTable(results) {
  const c = results.controls.page;
  const rows = ['| page | JS gzip KB (+ embed builder) | DOM elements | Lighthouse perf / a11y / BP / SEO | LCP ms (× control) | TBT ms (Δ, × control; the page without its scripts) | CLS | benchmarkIndex | bytes, DOM, a11y/BP/SEO | timings |', '|---|---|---|---|---|---|---|---|---|---|'];
  if (c) rows.push(`| control: a heading and a paragraph | – | – | ${num(c.perf)} / ${num(c.a11y)} / ${num(c.bp)} / ${num(c.seo)} | ${num(c.lcpMs)} | ${num(c.tbtMs)} | ${num(c.cls, 3)} | ${num(c.benchmarkIndex)} | – | – |`);
  for (const [p, r] of Object.entries(results.pages)) {
    const l = r.lighthouse;
    const js = `${kb(r.bytes.jsWithoutBuilder.gzip)}${r.bytes.embedBuilder.gzip ? ` (+ ${kb(r.bytes.embedBuilder.gzip)})` : ''}`;
    const scores = l ? `${num(l.perf)} / ${num(l.a11y)} / ${num(l.bp)} / ${num(l.seo)}` : '–';
    const lcp = l ? `${num(l.lcpMs)} (${times(l.lcpMs / c.lcpMs)})` : '–';
    const twin = r.noJs?.runs.length ? `; no JS ${num(r.noJs.tbtMs)}` : '';
    const tbt = l ? `${num(l.tbtMs)} (${l.tbtMs >= c.tbtMs ? '+' : '−'}${num(Math.abs(l.tbtMs - c.tbtMs))}, ${times(l.tbtMs / c.tbtMs)}${twin})` : '–';
    rows.push(`| \`${p}\` | ${js} | ${r.domElements} | ${scores} | ${lcp} | ${tbt} | ${l ? num(l.cls, 3) : '–'} | ${l ? num(l.benchmarkIndex) : '–'} | ${r.verdict.exact} | ${r.verdict.timings} |`);
  }
  return rows.join('\n');
}

function widgetTable(results) {
  const c = results.controls.slider;
  const expected = results.options.runs * results.options.steps;
  const pair = (t) => `${num(t.medianMs)} / ${num(t.p95Ms)}${t.n < expected ? ` (${t.n} steps)` : ''}`;
  const index = (t) => num(t.benchmarkIndex?.median);
  const rows = ['| widget | keys: median / p95 ms | keys p95 × control (× Svelte chart) | drag: median / p95 ms | drag p95 × control (× Svelte chart) | benchmarkIndex | verdict |', '|---|---|---|---|---|---|---|'];
  rows.push(`| control: a bare range input | ${pair(c.keyboard)} | – | ${pair(c.drag)} | – | ${index(c)} | – |`);
  const ratios = (t) => `${times(t.p95Ratio)}${Number.isFinite(t.p95OverChart) ? ` (${times(t.p95OverChart)})` : ''}`;
  const js = results.controls.jsGzip ?? {};
  const shipping = (bytes) => (bytes ? ` (${kb(bytes)} KB JS gzip)` : '');
  for (const [name, key] of [['control: a Svelte slider and one readout', 'svelteSlider'], ['control: the same with a d3 line and axis', 'svelteChart']]) {
    const s = results.controls[key];
    if (s) rows.push(`| ${name}${shipping(js[key])} | ${pair(s.keyboard)} | ${ratios(s.keyboard)} | ${pair(s.drag)} | ${ratios(s.drag)} | ${index(s)} | – |`);
  }
  for (const [id, w] of Object.entries(results.widgets)) {
    if (w.noSlider) { rows.push(`| ${id} | – | – | – | – | – | ${w.verdict} |`); continue; }
    rows.push(`| ${id} | ${pair(w.keyboard)} | ${ratios(w.keyboard)} | ${pair(w.drag)} | ${ratios(w.drag)} | ${index(w)} | ${w.verdict} |`);
  }
  if (results.machine.widgetFloor) rows.push('', `Floor of the day: ${results.machine.widgetFloor}.`);
  return rows.join('\n');
}

/** The README block for one run: the machine line and one table for pages, one for widgets. */
export function formatTables(results) {
  const b = results.budgets;
  const out = [machineLine(results)];
  if (Object.keys(results.pages).length) out.push(pageTable(results));
  if (results.controls.slider) out.push(widgetTable(results));
  out.push(`Budgets: per chapter page JS ≤ ${b.jsGzipKb} KB gzip without the embed builder and ≤ ${b.domElements.toLocaleString('en-US')} elements; Lighthouse ${b.lighthouse} in all four categories (median); TBT ≤ the control's + ${b.tbtOverControlMs} ms; each widget's input-to-paint p95 (keys, drag, 4× CPU) ≤ ${b.p95OverControl}× the control's.`);
  return out.join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'bench/results.json';
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`Cannot read ${file} (${e.message}): run \`npm run bench\` first, or name a file from bench/history/.`);
    process.exit(1);
  }
  if (!results.machine) {
    console.error(`${file} is from the earlier benchmark (absolute budgets, no controls in the same rounds): run \`npm run bench\` again.`);
    process.exit(1);
  }
  console.log(formatTables(results));
}
