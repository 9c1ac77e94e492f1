/**
 * The benchmark's budgets and how a run is judged against them (scripts/bench.mjs measures).
 * Exact figures (bytes, DOM, accessibility, best practices, SEO) are always judged. Timings are
 * judged against the control from the same rounds, and only when those rounds' median
 * benchmarkIndex shows a quiet enough machine; otherwise they are "too busy", neither pass nor fail.
 */
export const BUDGET = {
  /** Per chapter page, without the embed builder, KB gzip. */
  jsGzipKb: 45,
  /** Elements in a chapter page's body. */
  domElements: 1500,
  /** Every Lighthouse category, median of the runs. */
  lighthouse: 100,
  /** A page's median TBT may exceed the control's by this many ms. */
  tbtOverControlMs: 50,
  /** A widget's input-to-paint p95 (keys, drag) may be this many times the control's. */
  p95OverControl: 1.25,
  /** Below this median benchmarkIndex the machine is too busy to judge timings. */
  minBenchmarkIndex: 2000,
};

/** 'judged', 'too busy', or why timings cannot be judged, from the rounds' benchmarkIndex spread. */
export function machineVerdict(index) {
  if (!index?.n || !Number.isFinite(index.median)) return 'not judged (no benchmarkIndex)';
  return index.median < BUDGET.minBenchmarkIndex ? 'too busy' : 'judged';
}

const failOrPass = (problems) => (problems.length ? `fail: ${problems.join(', ')}` : 'pass');

/**
 * Adds verdicts to a run's results: `machine.pagesTimings` and `machine.widgetTimings`, per page
 * `verdict.exact` and `verdict.timings`, per widget `verdict` and the p95 and median ratios.
 * Comparisons are written as "not within", so a figure that failed to measure (NaN) fails.
 */
export function judge(results) {
  results.budgets = BUDGET;
  const machine = results.machine;
  machine.pagesTimings = machineVerdict(machine.lighthouseBenchmarkIndex);
  machine.widgetTimings = machineVerdict(machine.widgetBenchmarkIndex);

  const control = results.controls.page;
  for (const [path, r] of Object.entries(results.pages)) {
    const exact = [];
    const timings = [];
    if (path.startsWith('/chapters/')) {
      const js = r.bytes.jsWithoutBuilder.gzip;
      if (!(js <= BUDGET.jsGzipKb * 1024)) exact.push(`JS ${(js / 1024).toFixed(1)} KB > ${BUDGET.jsGzipKb}`);
      if (!(r.domElements <= BUDGET.domElements)) exact.push(`DOM ${r.domElements} > ${BUDGET.domElements}`);
    }
    const l = r.lighthouse;
    if (l) {
      if (!l.runs.length) exact.push('every Lighthouse run failed');
      for (const [k, name] of [['a11y', 'accessibility'], ['bp', 'best practices'], ['seo', 'SEO']]) if (!(l[k] >= BUDGET.lighthouse)) exact.push(`${name} ${l[k]}`);
      if (!(l.perf >= BUDGET.lighthouse)) timings.push(`performance ${l.perf}`);
      const tbtOver = !(l.tbtMs <= control.tbtMs + BUDGET.tbtOverControlMs);
      if (tbtOver) timings.push(`TBT ${Math.round(l.tbtMs)} ms > control ${Math.round(control.tbtMs)} + ${BUDGET.tbtOverControlMs}`);
      // The same page without its scripts: what the text costs, and so what the widgets add. Its
      // floor explains a TBT over the budget; it does not fail a page whose own TBT is within it.
      if (r.noJs?.runs.length) {
        r.tbtAddedByJsMs = l.tbtMs - r.noJs.tbtMs;
        if (tbtOver && !(r.noJs.tbtMs <= control.tbtMs + BUDGET.tbtOverControlMs)) timings.push(`below the floor: without its scripts the page's TBT is already ${Math.round(r.noJs.tbtMs)} ms`);
      }
    }
    r.verdict = {
      exact: failOrPass(exact),
      timings: !l ? 'not measured' : machine.pagesTimings !== 'judged' ? machine.pagesTimings : failOrPass(timings),
    };
  }

  const { slider, svelteSlider, svelteChart } = results.controls;
  const KINDS = [['keyboard', 'keys'], ['drag', 'drag']];
  // The Svelte controls against the bare input: how far above it the least Svelte widget lands today.
  for (const c of [svelteSlider, svelteChart]) for (const [k] of KINDS) if (c?.[k]) c[k].p95Ratio = c[k].p95Ms / slider[k].p95Ms;
  // The chart control is the floor of a widget that draws a chart (`chart`, from its embed page).
  const chartOver = KINDS.filter(([k]) => svelteChart?.[k]?.p95Ratio > BUDGET.p95OverControl);
  const ratiosOf = (c, kinds = KINDS) => kinds.map(([k, name]) => `${c[k].p95Ratio.toFixed(2)}× (${name})`).join(' and ');
  if (svelteSlider && machine.widgetTimings === 'judged') {
    const worst = Math.max(...KINDS.map(([k]) => svelteSlider[k].p95Ratio));
    machine.widgetFloor = worst > BUDGET.p95OverControl
      ? `below the floor: a Svelte slider with one readout is already ${worst.toFixed(2)}× the bare input (p95), over the ${BUDGET.p95OverControl}× budget`
      : `reachable: a Svelte slider with one readout is ${worst.toFixed(2)}× the bare input (p95)`;
    if (chartOver.length) machine.widgetFloor += `; with a d3 line and axis it is ${ratiosOf(svelteChart)}, so for a widget that draws a chart the ${BUDGET.p95OverControl}× budget is below the floor`;
  }
  for (const [id, w] of Object.entries(results.widgets)) {
    if (w.noSlider) { w.verdict = 'no range input: not timed'; continue; }
    const over = [];
    for (const [k, name] of KINDS) {
      w[k].p95Ratio = w[k].p95Ms / slider[k].p95Ms;
      w[k].medianRatio = w[k].medianMs / slider[k].medianMs;
      if (svelteChart?.[k]) w[k].p95OverChart = w[k].p95Ms / svelteChart[k].p95Ms;
      if (!(w[k].p95Ratio <= BUDGET.p95OverControl)) over.push(`${name} p95 ${w[k].p95Ratio.toFixed(2)}× > ${BUDGET.p95OverControl}×`);
    }
    // As with TBT's no-JS twin: the floor explains a failure, it does not pass the widget.
    const below = w.chart ? chartOver.filter(([k]) => !(w[k].p95Ratio <= BUDGET.p95OverControl)) : [];
    if (below.length) over.push(`below the floor: the Svelte chart control alone is ${ratiosOf(svelteChart, below)}`);
    w.verdict = machine.widgetTimings !== 'judged' ? machine.widgetTimings : failOrPass(over);
  }
  return results;
}
