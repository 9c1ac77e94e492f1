/**
 * How `npm run bench` judges a run (scripts/bench-verdicts.mjs) and prints it (bench-table.mjs):
 * timings as ratios to the controls of the same rounds, and where the Svelte controls put the floor.
 */
import { describe, expect, it } from 'vitest';
import { judge, BUDGET } from '../../scripts/bench-verdicts.mjs';
import { formatTables } from '../../scripts/bench-table.mjs';

const t = (medianMs: number, p95Ms: number) => ({ n: 20, medianMs, p95Ms });
const pair = (keys: number, drag: number) => ({ keyboard: t(keys / 2, keys), drag: t(drag / 2, drag) });
const run = (index: number, svelteSliderP95: number) => ({
  date: '2026-12-05T16:00:00Z', partial: false, options: { runs: 1, steps: 20 },
  machine: { widgetBenchmarkIndex: { median: index, min: index, max: index, n: 1 } },
  controls: { slider: pair(10, 20), svelteSlider: pair(svelteSliderP95, 2 * svelteSliderP95), svelteChart: pair(20, 40) },
  pages: {},
  widgets: { fast: pair(12, 24), slow: pair(30, 60), still: { noSlider: true } },
});

describe('bench verdicts', () => {
  it('judges each widget against the bare input and reports it against the Svelte chart control too', () => {
    const r = judge(run(3000, 11));
    expect(r.widgets.fast.verdict).toBe('pass');
    expect(r.widgets.slow.verdict).toBe('fail: keys p95 3.00× > 1.25×, drag p95 3.00× > 1.25×');
    expect(r.widgets.slow.keyboard.p95OverChart).toBe(1.5);
    expect(r.widgets.still.verdict).toBe('no range input: not timed');
    expect(r.machine.widgetFloor).toMatch(/^reachable: a Svelte slider with one readout is 1\.10×/);
  });

  it('prints what JavaScript each Svelte control ships, the floor of a page with one small widget', () => {
    const r = judge(run(3000, 11));
    r.controls.jsGzip = { svelteSlider: 12_390, svelteChart: 26_419 };
    expect(formatTables(r)).toContain('| control: a Svelte slider and one readout (12.1 KB JS gzip) |');
    expect(formatTables(r)).toContain('| control: the same with a d3 line and axis (25.8 KB JS gzip) |');
  });

  it('says the budget is below the floor when the Svelte slider alone is over it', () => {
    const r = judge(run(3000, 15));
    expect(r.controls.svelteSlider.keyboard.p95Ratio).toBe(1.5);
    expect(r.machine.widgetFloor).toBe(`below the floor: a Svelte slider with one readout is already 1.50× the bare input (p95), over the ${BUDGET.p95OverControl}× budget; with a d3 line and axis it is 2.00× (keys) and 2.00× (drag), so for a widget that draws a chart the ${BUDGET.p95OverControl}× budget is below the floor`);
    expect(formatTables(r)).toContain('Floor of the day: below the floor');
    expect(formatTables(r)).toMatch(/\| slow \| 15 \/ 30 \| 3\.00× \(1\.50×\) \|/);
  });

  it('prints each widget’s own benchmarkIndex, taken in every run, and counts the machine’s in runs', () => {
    const r = run(2400, 11);
    r.machine.widgetBenchmarkIndex = { median: 2400, min: 1900, max: 2600, n: 9 };
    Object.assign(r.widgets.slow, { benchmarkIndex: { median: 1950, min: 1900, max: 2000, n: 3 } });
    const table = formatTables(judge(r));
    expect(table).toContain('Widget rounds: median benchmarkIndex 2400 (1900–2600, 9 runs), timings judged');
    expect(table).toMatch(/\| slow \| 15 \/ 30 \| 3\.00× \(1\.50×\) \| 30 \/ 60 \| 3\.00× \(1\.50×\) \| 1950 \| fail: /);
    // A history file from before kept one index a round, on the bare-input control.
    expect(formatTables(judge(run(2400, 11)))).toContain('(2400–2400, 1 round)');
  });

  it('says a widget that draws a chart fails below the floor when the chart control alone is over the budget', () => {
    const r = run(3000, 11);
    r.controls.svelteChart = pair(30, 20);
    Object.assign(r.widgets.slow, { chart: true });
    const j = judge(r);
    expect(j.machine.widgetFloor).toBe('reachable: a Svelte slider with one readout is 1.10× the bare input (p95); with a d3 line and axis it is 3.00× (keys) and 1.00× (drag), so for a widget that draws a chart the 1.25× budget is below the floor');
    // Only the kinds the chart control is over: the drag's failure is the widget's own.
    expect(j.widgets.slow.verdict).toBe('fail: keys p95 3.00× > 1.25×, drag p95 3.00× > 1.25×, below the floor: the Svelte chart control alone is 3.00× (keys)');
    // A widget without a chart is held to the bare input with no excuse.
    expect(judge({ ...r, widgets: { slow: pair(30, 60) } }).widgets.slow.verdict).toBe('fail: keys p95 3.00× > 1.25×, drag p95 3.00× > 1.25×');
  });

  it('neither passes nor fails timings on a busy machine, and then says nothing of the floor', () => {
    const r = judge(run(1500, 15));
    expect(r.widgets.slow.verdict).toBe('too busy');
    expect(r.machine.widgetFloor).toBeUndefined();
  });
});

describe('bench verdicts for pages', () => {
  const lh = (tbtMs: number) => ({ perf: 100, a11y: 100, bp: 100, seo: 100, lcpMs: 900, cls: 0, tbtMs, domElements: 500, benchmarkIndex: 2500, runs: [{}] });
  const page = (tbtMs: number, noJsTbtMs: number) => ({
    bytes: { jsWithoutBuilder: { gzip: 40 * 1024 }, embedBuilder: { gzip: 2000 } }, domElements: 500, lighthouse: lh(tbtMs), noJs: lh(noJsTbtMs),
  });
  const run = (pages: Record<string, unknown>) => ({
    date: '2026-12-05T16:00:00Z', partial: false, options: { runs: 1, steps: 20 },
    machine: { lighthouseBenchmarkIndex: { median: 2500, min: 2500, max: 2500, n: 1 } }, controls: { page: lh(10) }, pages, widgets: {},
  });

  it('holds TBT to the control’s + 50 ms and reports what the scripts add over the page without them', () => {
    const r = judge(run({ '/chapters/a/': page(40, 30), '/chapters/b/': page(120, 30) }));
    expect(r.pages['/chapters/a/'].verdict.timings).toBe('pass');
    expect(r.pages['/chapters/b/'].verdict.timings).toBe('fail: TBT 120 ms > control 10 + 50');
    expect(r.pages['/chapters/b/'].tbtAddedByJsMs).toBe(90);
    expect(formatTables(r)).toContain('| 120 (+110, 12.0×; no JS 30) |');
  });

  it('says when the page without its scripts is already over the budget', () => {
    const r = judge(run({ '/chapters/c/': page(120, 90) }));
    expect(r.pages['/chapters/c/'].verdict.timings).toBe("fail: TBT 120 ms > control 10 + 50, below the floor: without its scripts the page's TBT is already 90 ms");
  });

  it('passes a page within the budget even when the page without its scripts is not', () => {
    // Both are medians of noisy runs: the twin's floor explains a failure, it is not one.
    const r = judge(run({ '/chapters/d/': page(0, 73) }));
    expect(r.pages['/chapters/d/'].verdict.timings).toBe('pass');
  });
});
