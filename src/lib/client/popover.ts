/**
 * One popover behaviour for the whole site: glossary terms, citations, facts and the "how was
 * this calculated" button of every readout. The markup is plain HTML, so it works the same in
 * server-rendered snapshots, Astro components and Svelte islands:
 *
 *   <span data-pop="cite|term|readout">
 *     <a|button data-pop-trigger>…</a|button>
 *     (a readout only: <span data-pop-panel hidden></span>, empty)
 *   </span>
 *
 * What a panel shows is not in the page until the popover first opens: it is built then, right
 * after its trigger (so Tab moves from the trigger into it), from data the page already has
 * (src/lib/client/popContent.ts), and the trigger's aria-controls points at it from then on. A
 * readout's panel is rebuilt at each opening and while open when its numbers change, since they
 * follow the widget's inputs.
 *
 * Hover, focus or a tap shows the panel; it stays while the pointer is over the trigger or the
 * panel (WCAG 1.4.13); Escape or a tap elsewhere hides it. A click pins it open; a second click on
 * a pinned button closes it, and a second click on an open link follows the link (so a citation
 * still leads to the source list). Without JavaScript nothing is built and the trigger is a plain
 * link (or an inert button). The panel is `position: fixed`, placed here beside its trigger, so
 * scrolling tables and sticky graphics do not clip it.
 * One set of listeners on the document serves every popover on the page, including ones that
 * islands render later.
 */
import { popContent, traced } from './popContent';
import type { ReadoutPop } from '@lib/widget/provenance';

const POP = '[data-pop]';
const TRIGGER = '[data-pop-trigger]';
const PANEL = '[data-pop-panel]';
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

let built = 0;

const parts = (pop: Element) => ({
  trigger: pop.querySelector<HTMLElement>(TRIGGER),
  panel: pop.querySelector<HTMLElement>(PANEL),
});
export const isOpen = (pop: Element) => parts(pop).panel?.hidden === false;
const popOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(POP) : null);

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

/**
 * Builds the panel's contents (and the panel, the first time) after the trigger; null when there
 * is nothing to show. A citation's or term's panel is built once; a readout's every time. A
 * readout brings its panel's empty element (see Readout.svelte); the others get one here.
 */
function build(pop: HTMLElement, doc: Document): HTMLElement | null {
  let { trigger, panel } = parts(pop);
  if (!trigger) return null;
  if (panel?.id && pop.dataset.pop !== 'readout') return panel;
  const id = panel?.id || `popover-${++built}`;
  const content = popContent(pop, trigger, doc, id);
  if (!content) return panel?.id ? panel : null;
  if (!panel) {
    panel = doc.createElement('span');
    panel.className = 'pop';
    panel.dataset.popPanel = '';
    panel.hidden = true;
    trigger.after(panel);
  }
  if (!panel.id) {
    panel.id = id;
    panel.setAttribute('role', 'group');
    trigger.setAttribute('aria-controls', id);
  }
  panel.setAttribute('aria-label', content.label);
  // A readout's numbers can change while a keyboard reader is on a link in its open panel (a
  // scrolly step passes as the page scrolls): focus goes back to the same link in the new panel,
  // not to the page's start.
  const links = () => [...panel!.querySelectorAll<HTMLElement>('a[href]')];
  const focused = links().indexOf(doc.activeElement as HTMLElement);
  panel.innerHTML = `<span class="pop-box${content.stacked ? ' pop-stack' : ''}">${content.html}</span>`;
  if (focused >= 0) links()[focused]?.focus({ preventScroll: true });
  if (content.describedBy) trigger.setAttribute('aria-describedby', content.describedBy);
  return panel;
}

/** Opens a popover, building it first; false when there is nothing to show. */
function show(pop: HTMLElement, doc: Document): boolean {
  clearTimeout(hideTimers.get(pop));
  if (isOpen(pop)) return true;
  const trigger = parts(pop).trigger;
  const panel = build(pop, doc);
  if (!trigger || !panel) return false;
  doc.querySelectorAll(POP).forEach((other) => other !== pop && !other.contains(pop) && hide(other));
  panel.hidden = false;
  trigger.setAttribute('aria-expanded', 'true');
  openedAt.set(pop, Date.now());
  place(pop, doc);
  return true;
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

/** Marks the triggers already in the page as closed; later ones are marked by their markup or on first use. */
function prepare(root: ParentNode) {
  root.querySelectorAll(TRIGGER).forEach((trigger) => {
    if (!trigger.hasAttribute('aria-expanded')) trigger.setAttribute('aria-expanded', 'false');
  });
}

/**
 * Hands a hydrated readout's provenance to its popover (called by <Readout> whenever it changes),
 * so the panel is built from the numbers on screen; an open panel is rebuilt at once.
 */
export function traceReadout(trigger: HTMLElement, data: ReadoutPop) {
  traced.set(trigger, data);
  const pop = popOf(trigger);
  if (!pop || !isOpen(pop)) return;
  build(pop, trigger.ownerDocument);
  place(pop, trigger.ownerDocument);
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
      // Nothing to show (no entry to build from): a link stays a plain link.
      if (!show(pop, doc)) return;
      e.preventDefault();
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
  // A still never hydrates (WidgetFrame.svelte), so its "Show the numbers" tables stay in the
  // <noscript> that DataTable writes for readers without JavaScript, which a browser running scripts
  // keeps as text: opening one builds its table from that text, the server's own markup.
  doc.addEventListener('toggle', (e) => {
    const kept = e.target instanceof Element && e.target.matches('[data-still] details[open]') ? e.target.querySelector(':scope > noscript') : null;
    if (kept) kept.outerHTML = kept.textContent ?? '';
  }, true);
}
