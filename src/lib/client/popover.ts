/**
 * One popover behaviour for the whole site: glossary terms, citations, facts and the "how was
 * this calculated" button of every readout. The markup is plain HTML, so it works the same in
 * server-rendered snapshots, Astro components and Svelte islands:
 *
 *   <span data-pop>
 *     <a|button data-pop-trigger aria-controls="p1">…</a|button>
 *     <span data-pop-panel id="p1" hidden>…</span>
 *   </span>
 *
 * Hover, focus or a tap shows the panel; it stays while the pointer is over the trigger or the
 * panel (WCAG 1.4.13); Escape or a tap elsewhere hides it. A click pins it open; a second click on
 * a pinned button closes it, and a second click on an open link follows the link (so a citation
 * still leads to the source list). Without JavaScript the panel stays hidden and the trigger is
 * a plain link (or an inert button). The panel is `position: fixed`, placed here beside its
 * trigger, so scrolling tables and sticky graphics do not clip it.
 * One set of listeners on the document serves every popover on the page, including ones that
 * islands render later.
 */
// Glossary terms (Term.astro) predate the shared attributes; both spellings are one popover.
const POP = '[data-pop], [data-term]';
const TRIGGER = '[data-pop-trigger], [data-term-link]';
const PANEL = '[data-pop-panel], [data-term-pop]';
/** A click this soon after opening belongs to the same gesture (touch fires focus, then click). */
const SAME_GESTURE_MS = 500;
const HIDE_DELAY_MS = 250;
const EDGE_PX = 8;

const openedAt = new WeakMap<Element, number>();
const pinned = new WeakSet<Element>();
const hideTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
const started = new WeakSet<Document>();
/** The trigger that Escape hands focus back to: that focus must not reopen its panel. */
let refocusing: Element | null = null;

const parts = (pop: Element) => ({
  trigger: pop.querySelector<HTMLElement>(TRIGGER),
  panel: pop.querySelector<HTMLElement>(PANEL),
});
export const isOpen = (pop: Element) => parts(pop).panel?.hidden === false;
const popOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(POP) : null);

/** Places the panel under its trigger (or above, when there is no room below), inside the viewport. */
function place(pop: Element, doc: Document) {
  const { trigger, panel } = parts(pop);
  if (!trigger || !panel || panel.hidden) return;
  const t = trigger.getBoundingClientRect();
  const vw = doc.documentElement.clientWidth;
  const vh = window.innerHeight;
  panel.style.maxHeight = '';
  panel.style.overflowY = '';
  const { width, height } = panel.getBoundingClientRect();
  const left = Math.max(EDGE_PX, Math.min(t.left, vw - width - EDGE_PX));
  // Below the trigger when it fits, else on the roomier side. A panel taller than that side
  // scrolls, so a link inside it is never focused off screen and the trigger is never covered.
  const below = vh - EDGE_PX - t.bottom;
  const aboveRoom = t.top - EDGE_PX;
  const above = height > below && aboveRoom > below;
  const room = Math.max(0, above ? aboveRoom : below);
  if (height > room) {
    panel.style.maxHeight = `${room}px`;
    panel.style.overflowY = 'auto';
  }
  panel.toggleAttribute('data-pop-above', above);
  panel.style.left = `${left}px`;
  panel.style.top = `${above ? t.top - Math.min(height, room) : t.bottom}px`;
}

function show(pop: Element, doc: Document) {
  clearTimeout(hideTimers.get(pop));
  if (isOpen(pop)) return;
  doc.querySelectorAll(POP).forEach((other) => other !== pop && !other.contains(pop) && hide(other));
  const { trigger, panel } = parts(pop);
  if (!trigger || !panel) return;
  panel.hidden = false;
  trigger.setAttribute('aria-expanded', 'true');
  openedAt.set(pop, Date.now());
  place(pop, doc);
}

export function hide(pop: Element) {
  clearTimeout(hideTimers.get(pop));
  pinned.delete(pop);
  const { trigger, panel } = parts(pop);
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  trigger?.setAttribute('aria-expanded', 'false');
}

function hideSoon(pop: Element) {
  clearTimeout(hideTimers.get(pop));
  hideTimers.set(pop, setTimeout(() => hide(pop), HIDE_DELAY_MS));
}

/** Wires the ARIA state of popovers already in the page; later ones get it on first use. */
function prepare(root: ParentNode) {
  root.querySelectorAll(POP).forEach((pop) => {
    const { trigger, panel } = parts(pop);
    if (!trigger || !panel) return;
    if (!trigger.hasAttribute('aria-expanded')) trigger.setAttribute('aria-expanded', String(!panel.hidden));
    if (panel.id) trigger.setAttribute('aria-controls', panel.id);
  });
}

/** Starts the behaviour for a document; safe to call from every component that renders popovers. */
export function startPopovers(doc: Document) {
  prepare(doc);
  if (started.has(doc)) return;
  started.add(doc);
  const openPops = () => [...doc.querySelectorAll(POP)].filter(isOpen);

  doc.addEventListener('pointerover', (e) => {
    const pop = popOf(e.target);
    if (pop && e.pointerType === 'mouse') show(pop, doc);
  });
  doc.addEventListener('pointerout', (e) => {
    const pop = popOf(e.target);
    if (!pop || e.pointerType !== 'mouse' || pop.contains(e.relatedTarget as Node | null)) return;
    if (!pinned.has(pop) && !pop.contains(doc.activeElement)) hideSoon(pop);
  });
  doc.addEventListener('focusin', (e) => {
    const pop = popOf(e.target);
    if (pop && pop !== refocusing) show(pop, doc);
    refocusing = null;
  });
  doc.addEventListener('focusout', (e) => {
    const pop = popOf(e.target);
    if (pop && !pop.contains(e.relatedTarget as Node | null)) hideSoon(pop);
  });
  doc.addEventListener('click', (e) => {
    const trigger = e.target instanceof Element ? e.target.closest(TRIGGER) : null;
    const pop = popOf(trigger);
    if (!trigger || !pop) return;
    const fresh = Date.now() - (openedAt.get(pop) ?? 0) < SAME_GESTURE_MS;
    const link = trigger instanceof HTMLAnchorElement && trigger.hasAttribute('href');
    if (!isOpen(pop)) {
      e.preventDefault();
      show(pop, doc);
      pinned.add(pop);
    } else if (link) {
      // An open link's second click follows it; the click that opened it does not.
      if (fresh) e.preventDefault();
      pinned.add(pop);
    } else if (pinned.has(pop) && !fresh) {
      hide(pop);
    } else {
      pinned.add(pop);
      clearTimeout(hideTimers.get(pop));
    }
  });
  doc.addEventListener('pointerdown', (e) => {
    const inside = popOf(e.target);
    openPops().forEach((pop) => pop !== inside && !pop.contains(inside) && hide(pop));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const pop of openPops()) {
      const { trigger, panel } = parts(pop);
      const focusInPanel = panel?.contains(doc.activeElement);
      hide(pop);
      if (focusInPanel && trigger) {
        refocusing = pop;
        trigger.focus();
        refocusing = null;
      }
    }
  });
  // Fixed panels follow their trigger when the page or a table scrolls, or the window resizes.
  let queued = false;
  const follow = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      openPops().forEach((pop) => place(pop, doc));
    });
  };
  doc.addEventListener('scroll', follow, { capture: true, passive: true });
  window.addEventListener('resize', follow, { passive: true });
}
