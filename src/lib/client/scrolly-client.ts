/**
 * Scrolly sections in the browser: three reading modes over one server-rendered section.
 * - scroll (default): the active step comes from scroll position, without scroll handlers. An
 *   IntersectionObserver watches a one-pixel reading line at 55% of the viewport; steps are
 *   contiguous, so inside a section the line is in exactly one step; above the section the first
 *   step is active, below it the last. The observers report current geometry on start, so a
 *   reload, an anchor jump or a fast flick lands on the right step with no replay.
 * - step: previous/next buttons and the arrow keys move through the steps without scrolling;
 *   each step has a URL fragment (#<section>-step-<n>) and opening it opens step mode there.
 * - stacked: each step's text followed by its own server-rendered snapshot of the graphic. CSS
 *   shows it without JavaScript and in print; here it is the reader's remembered choice. The
 *   snapshots arrive as <noscript> markup, so the other modes carry no hidden copies of the
 *   graphic: they are built from it when stacked mode is chosen or the page is printed.
 * In every mode the section publishes the active step as data-active-step and a STEP_EVENT, so
 * the graphic (followScrollyStep) stays a pure function of the step index.
 */
import { scrolly } from './i18n';

export const STEP_EVENT = 'scrolly:step';
export type ReadingMode = 'scroll' | 'step' | 'stacked';
export const MODES: readonly ReadingMode[] = ['scroll', 'step', 'stacked'];

const LINE = 0.55;
const STORAGE_KEY = 'cip.reading-mode';
const isMode = (v: unknown): v is ReadingMode => MODES.includes(v as ReadingMode);

/** Active step from which steps the reading line is in, and which side of the section it is on. */
export function activeStep(hits: readonly boolean[], side: 'before' | 'inside' | 'after'): number {
  const inside = hits.lastIndexOf(true);
  if (inside >= 0) return inside;
  return side === 'after' ? hits.length - 1 : 0;
}

/** The section id and step index named by a fragment like "#staircase-step-3" (steps count from 1). */
export function stepFromHash(hash: string): { section: string; index: number } | null {
  const m = /^#?(.+)-step-(\d+)$/.exec(decodeURIComponent(hash));
  return m ? { section: m[1]!, index: Number(m[2]) - 1 } : null;
}

export const stepHash = (section: string, index: number) => `#${section}-step-${index + 1}`;

/**
 * The reader's mode, remembered in localStorage; where storage is blocked, in memory and in the
 * URL (?mode=stacked), so a reload keeps it.
 */
export const modeStore = {
  memory: null as ReadingMode | null,
  read(search: string): ReadingMode | null {
    const fromUrl = new URLSearchParams(search).get('mode');
    if (isMode(fromUrl)) return fromUrl;
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (isMode(stored)) return stored;
    } catch { /* storage blocked: fall through to memory */ }
    return this.memory;
  },
  write(mode: ReadingMode) {
    this.memory = mode;
    let stored = false;
    try {
      localStorage.setItem(STORAGE_KEY, mode);
      stored = localStorage.getItem(STORAGE_KEY) === mode;
    } catch { /* storage blocked */ }
    const url = new URL(location.href);
    const inUrl = url.searchParams.has('mode');
    if (!stored || inUrl) {
      if (!stored && mode !== 'scroll') url.searchParams.set('mode', mode);
      else url.searchParams.delete('mode');
      history.replaceState(history.state, '', url.href);
    }
  },
};

interface Section {
  el: HTMLElement;
  steps: HTMLElement[];
  /** The index scroll position gives (kept current in every mode). */
  scrollIndex: () => number;
  mode: ReadingMode;
  index: number;
}

const sections: Section[] = [];

function publish(s: Section, index: number) {
  const i = Math.max(0, Math.min(s.steps.length - 1, index));
  s.index = i;
  s.steps.forEach((step, j) => step.toggleAttribute('data-active', j === i));
  const status = s.el.querySelector('[data-scrolly-status]');
  if (status) status.textContent = scrolly.stepOf(i + 1, s.steps.length);
  s.el.querySelector('[data-scrolly-prev]')?.setAttribute('aria-disabled', String(i === 0));
  s.el.querySelector('[data-scrolly-next]')?.setAttribute('aria-disabled', String(i === s.steps.length - 1));
  if (s.el.dataset.activeStep === String(i)) return;
  s.el.dataset.activeStep = String(i);
  s.el.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: { index: i } }));
}

/** The step whose box holds the reading line now, from layout (used when leaving stacked mode). */
function stepAtLine(s: Section): number {
  const line = window.innerHeight * LINE;
  let best = 0;
  s.steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= line) best = i;
  });
  return best;
}

function watch(s: Section) {
  const hits = s.steps.map(() => false);
  let side: 'before' | 'inside' | 'after' = 'before';
  s.scrollIndex = () => activeStep(hits, side);
  const update = () => {
    if (s.mode === 'scroll') publish(s, s.scrollIndex());
  };
  // Which step holds the reading line: a zero-height root band at LINE of the viewport.
  const lineObserver = new IntersectionObserver(
    (entries) => {
      for (const e of entries) hits[s.steps.indexOf(e.target as HTMLElement)] = e.isIntersecting;
      update();
    },
    { rootMargin: `-${LINE * 100}% 0px -${(1 - LINE) * 100}% 0px` },
  );
  // Which side of the section the line is on, so a jump clean over every step still lands right.
  const sideObserver = new IntersectionObserver(
    ([e]) => {
      if (!e?.rootBounds) return;
      const line = e.rootBounds.top + e.rootBounds.height * LINE;
      side = line < e.boundingClientRect.top ? 'before' : line > e.boundingClientRect.bottom ? 'after' : 'inside';
      update();
    },
    { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
  );
  s.steps.forEach((step) => lineObserver.observe(step));
  sideObserver.observe(s.el);
}

/** Builds the per-step snapshots in `root` from their <noscript> markup (Scrolly.astro), once. */
export function buildSnapshots(root: ParentNode) {
  root.querySelectorAll('noscript[data-snapshot]').forEach((markup) => {
    const t = document.createElement('template');
    t.innerHTML = markup.textContent ?? '';
    markup.replaceWith(t.content);
  });
}

/** Puts one section in a mode at a step, keeping the reader's place on screen. */
function setMode(s: Section, mode: ReadingMode, index = s.index) {
  if (mode === 'stacked') buildSnapshots(s.el);
  const from = s.mode;
  const anchor = s.steps[index];
  const before = anchor?.getBoundingClientRect().top ?? 0;
  s.mode = mode;
  s.el.dataset.mode = mode;
  s.el.querySelectorAll<HTMLElement>('[data-scrolly-mode]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.scrollyMode === mode)));
  if (mode === 'step') {
    publish(s, index);
    if (from !== 'step' && s.el.getBoundingClientRect().top < 0) s.el.scrollIntoView({ block: 'start' });
  } else if (mode === 'scroll') {
    // Put the step at the reading line, so the observers settle on it.
    if (from !== 'scroll' && anchor) anchor.scrollIntoView({ block: 'center' });
    publish(s, from === 'scroll' ? s.scrollIndex() : index);
  } else if (anchor && from !== 'stacked') {
    window.scrollBy(0, anchor.getBoundingClientRect().top - before);
  }
}

function go(s: Section, index: number) {
  if (index < 0 || index >= s.steps.length) return;
  publish(s, index);
  history.replaceState(history.state, '', stepHash(s.el.id, s.index));
}

function wire(s: Section) {
  s.el.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-scrolly-mode], [data-scrolly-prev], [data-scrolly-next]') : null;
    if (!t) return;
    if (t.dataset.scrollyMode && isMode(t.dataset.scrollyMode)) {
      const mode = t.dataset.scrollyMode;
      const index = s.mode === 'stacked' ? stepAtLine(s) : s.index;
      modeStore.write(mode);
      // The choice holds for every section on the page; the others keep their own step.
      for (const other of sections) setMode(other, mode, other === s ? index : other.index);
      if (mode === 'step') history.replaceState(history.state, '', stepHash(s.el.id, s.index));
      else if (stepFromHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
      t.focus();
    } else if (t.hasAttribute('data-scrolly-prev')) go(s, s.index - 1);
    else go(s, s.index + 1);
  });
  s.el.addEventListener('keydown', (e) => {
    if (s.mode !== 'step' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.target instanceof Element && e.target.closest('input, select, textarea, [contenteditable], [role=slider], .scroll')) return;
    if (e.key === 'ArrowRight') go(s, s.index + 1);
    else if (e.key === 'ArrowLeft') go(s, s.index - 1);
    else return;
    e.preventDefault();
  });
}

/** Opens step mode at the step a fragment names, if it names one. */
function followHash() {
  const target = stepFromHash(location.hash);
  const s = target && sections.find((x) => x.el.id === target.section);
  if (!s || !target || target.index < 0 || target.index >= s.steps.length) return;
  setMode(s, 'step', target.index);
  s.el.scrollIntoView({ block: 'start' });
}

export function startScrollies(root: ParentNode) {
  if (typeof IntersectionObserver === 'undefined') return;
  const fresh = [...root.querySelectorAll<HTMLElement>('[data-scrolly]:not([data-scrolly-ready])')];
  if (!fresh.length) return;
  const chosen = modeStore.read(location.search) ?? 'scroll';
  for (const el of fresh) {
    el.dataset.scrollyReady = '';
    const steps = [...el.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > [data-step]')];
    const s: Section = { el, steps, scrollIndex: () => 0, mode: 'scroll', index: Number(el.dataset.activeStep ?? 0) };
    sections.push(s);
    watch(s);
    wire(s);
    // A remembered choice other than scroll: switch, keeping the step at the reading line in place.
    if (chosen !== 'scroll') setMode(s, chosen, stepAtLine(s));
    else publish(s, s.index);
  }
  if (sections.length === fresh.length) {
    window.addEventListener('hashchange', followHash);
    // Print shows the snapshots (CSS), so they are built first.
    const forPrint = () => sections.forEach((s) => buildSnapshots(s.el));
    window.addEventListener('beforeprint', forPrint);
    matchMedia('print').addEventListener('change', (e) => e.matches && forPrint());
  }
  followHash();
}

/**
 * For islands inside a scrolly graphic: calls `onStep` with the current step, then on every change.
 * Returns a cleanup function. Use from a Svelte attachment or $effect.
 */
export function followScrollyStep(node: Element, onStep: (index: number) => void): () => void {
  const section = node.closest<HTMLElement>('[data-scrolly]');
  if (!section) return () => {};
  onStep(Number(section.dataset.activeStep ?? 0));
  const handler = (e: Event) => onStep((e as CustomEvent<{ index: number }>).detail.index);
  section.addEventListener(STEP_EVENT, handler);
  return () => section.removeEventListener(STEP_EVENT, handler);
}
