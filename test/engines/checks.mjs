/**
 * What the other-engines smoke test asserts on one page, written once for every engine.
 *
 * The in-page functions below run inside the browser (each engine's driver serializes them with
 * toString, so they must not close over anything). `checkPage` drives them through a session
 * object that each engine module provides:
 *   goto(url)            load the page (returns after the load event)
 *   run(fn, ...args)     call an in-page function, awaiting the promise it returns
 *   press(selector, key) focus the element and press a key ('ArrowRight', 'ArrowLeft', 'End', 'Home')
 *   errors()             uncaught exceptions and console errors seen since goto, as strings
 */

/** Words that mean a number failed to compute: the ones the Playwright tests reject. */
const BAD_TEXT = 'NaN|Infinity|undefined';

/**
 * Installed before any of the page's own scripts. Records what a reader's console would show as
 * an error but no driver reports: resources that failed to load and CSP violations; and, where
 * the engine's driver has no log (WebKitGTK), uncaught exceptions, unhandled rejections and
 * console.error calls too.
 */
export function listenForErrors(everything) {
  const errors = [];
  Object.defineProperty(window, '__engineErrors', { value: errors });
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && t.tagName) errors.push(`failed to load <${t.tagName.toLowerCase()}> ${t.src || t.href || ''}`);
    else if (everything) errors.push(`uncaught ${e.message} (${e.filename}:${e.lineno}:${e.colno})`);
  }, true);
  document.addEventListener('securitypolicyviolation', (e) => errors.push(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  if (!everything) return;
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason && e.reason.stack ? e.reason.stack : e.reason}`));
  const original = console.error;
  console.error = function (...args) {
    errors.push(`console.error: ${args.map((a) => (a && a.stack) || String(a)).join(' ')}`);
    return original.apply(this, args);
  };
}

/** The errors the early listener recorded, or null when it never ran (then the page is not being watched). */
function recordedErrors() {
  return window.__engineErrors ? [...window.__engineErrors] : null;
}

/**
 * Brings every island into view in turn (chapters hydrate on visibility) and waits until each
 * astro-island has lost its `ssr` attribute and each widget inside one reports data-hydrated="true".
 * Resolves with what is still pending when time runs out (empty when all hydrated).
 */
async function hydrate(timeoutMs) {
  const until = Date.now() + timeoutMs;
  const tick = () => new Promise((r) => setTimeout(r, 50));
  const label = (island) => island.querySelector('[data-widget]')?.getAttribute('data-widget') ?? island.getAttribute('component-url');
  const pending = () => {
    const out = [];
    for (const island of document.querySelectorAll('astro-island')) {
      if (island.hasAttribute('ssr')) out.push(`${label(island)}: astro-island still has ssr`);
      for (const f of island.querySelectorAll('figure[data-widget]')) if (f.getAttribute('data-hydrated') !== 'true') out.push(`${f.getAttribute('data-widget')}: data-hydrated="${f.getAttribute('data-hydrated')}"`);
    }
    return out;
  };
  for (const island of document.querySelectorAll('astro-island')) {
    // An island is display: contents (no box of its own): bring its content into view.
    (island.querySelector('figure[data-widget]') ?? island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
    while (Date.now() < until && (island.hasAttribute('ssr') || island.querySelector('figure[data-widget]:not([data-hydrated="true"])'))) await tick();
  }
  window.scrollTo(0, 0);
  return { islands: document.querySelectorAll('astro-island').length, pending: pending() };
}

/**
 * Picks one slider per hydrated widget (the first visible, enabled `[role=slider]` or range
 * input) that has a summary sentence beside it, and marks it `data-engine-slider="<n>"` so the
 * driver can focus it. Returns, per widget, its id, the slider's selector (or null) and whether
 * the slider starts at its maximum.
 */
function markSliders() {
  const out = [];
  document.querySelectorAll('astro-island figure[data-widget]').forEach((figure) => {
    const widget = figure.getAttribute('data-widget');
    const summary = figure.querySelector('[data-summary]');
    const slider = [...figure.querySelectorAll('[role="slider"], input[type="range"]')]
      .find((s) => !s.disabled && s.getAttribute('aria-disabled') !== 'true' && s.getClientRects().length > 0);
    if (!slider || !summary) { out.push({ widget, slider: null, summary: !!summary }); return; }
    slider.setAttribute('data-engine-slider', String(out.length));
    const value = Number(slider.getAttribute('aria-valuenow') ?? slider.value);
    const max = Number(slider.getAttribute('aria-valuemax') ?? slider.max);
    out.push({ widget, slider: `[data-engine-slider="${out.length}"]`, summary: true, atMax: value >= max });
  });
  return out;
}

/** The summary sentence of the widget that holds the marked slider, and the slider's value. */
function readSummary(selector) {
  const slider = document.querySelector(selector);
  const figure = slider?.closest('figure[data-widget]');
  const summary = figure?.querySelector('[data-summary]');
  return {
    text: summary?.textContent?.trim() ?? null,
    value: slider ? slider.getAttribute('aria-valuenow') ?? slider.value : null,
    focused: document.activeElement === slider,
  };
}

/**
 * Whether each stepped widget has announced its new sentence: LiveSummary copies it into its
 * aria-live region once input has been quiet for its settle time (700 ms). Widgets in a scrolly
 * graphic do not announce (their step text is read instead), so they are left out.
 */
function unannounced(selectors) {
  const out = [];
  for (const selector of selectors) {
    const figure = document.querySelector(selector)?.closest('figure[data-widget]');
    const summary = figure?.querySelector('[data-summary]');
    const region = summary?.nextElementSibling;
    if (!figure || figure.closest('.scrolly-graphic') || !region?.hasAttribute('aria-live')) continue;
    if (region.textContent.trim() !== summary.textContent.trim()) out.push(`${figure.getAttribute('data-widget')}: announced "${region.textContent.trim().slice(0, 60)}"`);
  }
  return out;
}

/**
 * Rendered text (visually hidden words for screen readers included) that reads NaN, Infinity or
 * undefined. Titles of cited works are quoted, not computed, so they are left out: one is
 * "One, Two, (Three), Infinity, ...".
 */
function badText(pattern) {
  const re = new RegExp(pattern);
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!re.test(node.data) || !el || el.closest('cite, a[href^="http"]') || !el.checkVisibility()) continue;
    const figure = el.closest('[data-widget]');
    const text = node.data.replace(/\s+/g, ' ');
    const at = text.search(re);
    out.push(`${figure ? `${figure.getAttribute('data-widget')}: ` : ''}…${text.slice(Math.max(0, at - 50), at + 30).trim()}…`);
  }
  return [...new Set(out)];
}

/** Polls `probe` every 50 ms until `done(value)` or the time runs out; resolves with the last value. */
async function poll(probe, done, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Loads one page and checks it; resolves with a list of problems (empty: PASS) and notes.
 * @param session an engine session (see the top of this file)
 */
export async function checkPage(session, url) {
  const problems = [];
  const notes = [];
  await session.goto(url);
  const { islands, pending } = await session.run(hydrate, 20_000);
  if (pending.length) problems.push(`not hydrated after 20 s: ${pending.join('; ')}`);
  if (islands === 0) problems.push('no astro-island on the page');

  for (const bad of await session.run(badText, BAD_TEXT)) problems.push(`text reads "${bad}" on load`);

  const stepped = [];
  for (const { widget, slider, summary, atMax } of await session.run(markSliders)) {
    if (!slider) { notes.push(`${widget}: no ${summary ? 'slider' : 'summary'}, no keyboard step`); continue; }
    const before = await session.run(readSummary, slider);
    // One arrow step (down from a slider that starts at its maximum); when a single step leaves
    // the sentence alone, the far end.
    const keys = atMax ? ['ArrowLeft', 'Home'] : ['ArrowRight', 'End'];
    let after = before;
    for (const key of keys) {
      await session.press(slider, key);
      after = await poll(() => session.run(readSummary, slider), (s) => s.text !== before.text, 3000);
      if (after.text !== before.text) break;
    }
    if (after.text === before.text) problems.push(`${widget}: the summary did not change after ${keys.join(' and ')} (value ${before.value} → ${after.value}, focused: ${after.focused})`);
    else stepped.push(slider);
  }
  // The announcements settle in parallel: one wait for all widgets on the page.
  const silent = await poll(() => session.run(unannounced, stepped), (left) => left.length === 0, 3000);
  for (const s of silent) problems.push(`the summary was not announced 3 s after the last step (${s})`);

  for (const bad of await session.run(badText, BAD_TEXT)) problems.push(`text reads "${bad}" after the keyboard steps`);
  const recorded = await session.run(recordedErrors);
  if (recorded === null) problems.push('the error listener did not run before the page: errors cannot be watched');
  // The first line says what went wrong; a whole stack would bury the other results.
  for (const e of [...(recorded ?? []), ...session.errors()]) problems.push(`error: ${String(e).split('\n')[0].slice(0, 300)}`);
  return { problems, notes };
}
