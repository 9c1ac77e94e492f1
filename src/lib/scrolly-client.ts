/**
 * Works out each scrolly section's active step from scroll position, without scroll handlers:
 * an IntersectionObserver watches a one-pixel reading line at 55% of the viewport. Steps are
 * contiguous, so inside a section the line is always in exactly one step; above the section the
 * first step is active, below it the last. Because the observer reports current geometry on
 * start, a reload or an anchor jump in mid-story lands on the right step with no replay.
 */
export const STEP_EVENT = 'scrolly:step';

const LINE = 0.55;

/** Active step from which steps the reading line is in, and which side of the section it is on. */
export function activeStep(hits: readonly boolean[], side: 'before' | 'inside' | 'after'): number {
  const inside = hits.lastIndexOf(true);
  if (inside >= 0) return inside;
  return side === 'after' ? hits.length - 1 : 0;
}

function watch(section: HTMLElement) {
  const steps = [...section.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > [data-step]')];
  const hits = steps.map(() => false);
  let side: 'before' | 'inside' | 'after' = 'before';
  const publish = () => {
    const index = activeStep(hits, side);
    steps.forEach((s, i) => s.toggleAttribute('data-active', i === index));
    if (section.dataset.activeStep === String(index)) return;
    section.dataset.activeStep = String(index);
    section.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: { index } }));
  };
  // Which step holds the reading line: a zero-height root band at LINE of the viewport.
  const lineObserver = new IntersectionObserver(
    (entries) => {
      for (const e of entries) hits[steps.indexOf(e.target as HTMLElement)] = e.isIntersecting;
      publish();
    },
    { rootMargin: `-${LINE * 100}% 0px -${(1 - LINE) * 100}% 0px` },
  );
  // Which side of the section the line is on, so a jump clean over every step still lands right.
  const sideObserver = new IntersectionObserver(
    ([e]) => {
      if (!e?.rootBounds) return;
      const line = e.rootBounds.top + e.rootBounds.height * LINE;
      side = line < e.boundingClientRect.top ? 'before' : line > e.boundingClientRect.bottom ? 'after' : 'inside';
      publish();
    },
    { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
  );
  steps.forEach((s) => lineObserver.observe(s));
  sideObserver.observe(section);
}

export function startScrollies(root: ParentNode) {
  if (typeof IntersectionObserver === 'undefined') return;
  root.querySelectorAll<HTMLElement>('[data-scrolly]:not([data-scrolly-ready])').forEach((section) => {
    section.dataset.scrollyReady = '';
    watch(section);
  });
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
