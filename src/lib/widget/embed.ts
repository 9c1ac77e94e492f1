/**
 * The height messages an embed page posts to its host, as data: pure functions, shared by the embed
 * page's auto-height script and the tests. The host's side, which reads them, is ./share/hostHeight.ts
 * (the "Embed or share" builder's preview) and public/embed-host.js (plain ES5, so any course page
 * can load it; test/lib/embed.test.ts runs both). Two modules, so an embed page loads only its own
 * side, in its height script's file. What a teacher pastes is in ./share/snippet.ts, with the
 * builder's words, which an embed page does not load either.
 */

/** The one message an embed reads from its parent: "tell me your height now". */
export const HEIGHT_REQUEST = { 'cip-embed': 'request-height' } as const;

/** Height changes smaller than this are not posted when the content shrinks (no resize loops). */
export const SHRINK_TOLERANCE_PX = 8;

/** True only for the documented height request: a plain object with exactly that key and value. */
export function isHeightRequest(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.length === 1 && (data as Record<string, unknown>)['cip-embed'] === HEIGHT_REQUEST['cip-embed'];
}

/**
 * The height of an embed in the three dialects hosts already listen for: Datawrapper's,
 * Embedly's (a JSON string, as its platform.js parses strings; Observable uses the same shape)
 * and Canvas LMS's.
 */
export function heightMessages(widgetId: string, heightPx: number, pageUrl: string): [object, string, object] {
  const height = Math.ceil(heightPx);
  return [
    { 'datawrapper-height': { [widgetId]: height } },
    JSON.stringify({ src: pageUrl, context: 'iframe.resize', height }),
    { subject: 'lti.frameResize', height },
  ];
}

/** Whether a new measured height should be posted: always when it grows, only by a margin when it shrinks. */
export const shouldPost = (lastPx: number, nextPx: number) => nextPx > lastPx || lastPx - nextPx >= SHRINK_TOLERANCE_PX;
