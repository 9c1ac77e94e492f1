/**
 * What a teacher pastes: the iframe snippet and the embed page's URL with the widget's state.
 * Used by the "Embed or share" builder and the lesson notes, so it loads with the builder's words
 * (./i18n) and never on an embed page itself.
 */
import { pagePath } from '@lib/i18n/paths';
import { shareUi } from './i18n';

/** The embed page of a widget, with its state: "https://site/embed/squeeze-calculator/?sq.power=0.06". */
export function embedUrl(origin: string, widgetId: string, query = ''): string {
  const q = query && !query.startsWith('?') ? `?${query}` : query;
  return `${origin}${pagePath(`/embed/${widgetId}/`)}${q === '?' ? '' : q}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface SnippetOptions {
  /** The embed page URL, state included (see embedUrl). */
  src: string;
  /** The widget's title; the iframe's accessible name says it is interactive and where it is from. */
  title: string;
  /** Fixed height in px, which shows the whole widget when the host runs no script. */
  heightPx: number;
  /** Origin of the site, to load the optional host script from; omit for the iframe alone. */
  hostScriptOrigin?: string;
}

/**
 * The HTML a teacher pastes. Width and height are attributes, not styles, because course-page
 * editors often strip style attributes and scripts; the iframe alone still shows the whole widget.
 */
export function embedSnippet({ src, title, heightPx, hostScriptOrigin }: SnippetOptions): string {
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(shareUi.iframeTitle(title))}" ` +
    `width="100%" height="${Math.round(heightPx)}" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>`;
  return hostScriptOrigin ? `${iframe}\n<script src="${attr(hostScriptOrigin)}/embed-host.js" async></script>` : iframe;
}
