/**
 * Auto-height for embed pages (browser only; started by src/layouts/Embed.astro).
 * Measures the page's content wrapper, not the viewport, so a host that resizes the iframe to
 * the posted height does not start a loop; posts the height in the three dialects of
 * heightMessages to the parent, and answers the one documented request, HEIGHT_REQUEST.
 * It never focuses or scrolls anything, and reads no other message.
 */
import { heightMessages, isHeightRequest, shouldPost } from '../widget/embed';

export function startAutoHeight(win: Window = window): void {
  const root = win.document.querySelector<HTMLElement>('[data-embed-root]');
  const parent = win.parent;
  if (!root || !parent || parent === win) return; // not in a frame: nobody to tell
  const id = root.dataset.embedRoot ?? '';
  let last = 0;
  const measure = () => Math.ceil(root.getBoundingClientRect().bottom + win.scrollY);
  const post = (force: boolean) => {
    const px = measure();
    if (!force && !shouldPost(last, px)) return;
    last = px;
    for (const m of heightMessages(id, px, win.location.href)) {
      try {
        parent.postMessage(m, '*');
      } catch {
        /* a host that has gone away: nothing to do */
      }
    }
  };
  new ResizeObserver(() => post(false)).observe(root);
  win.addEventListener('message', (e) => {
    if (e.source === parent && isHeightRequest(e.data)) post(true);
  });
}
