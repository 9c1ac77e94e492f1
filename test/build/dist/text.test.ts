/**
 * What every built page says is punctuated as written: no sentence runs into the next and no stop
 * is doubled. Both once got through: every source entry of the English chapters ran into what it
 * supports ("2024-12-23.Supports:Late-December"), and a title ending in a question mark took a
 * full stop as well ("Is $2 an hour a business?."). Checked in the page as served and in what
 * readers without JavaScript get (<noscript>). Text is read block by block, as a browser lays it
 * out, so the end of one paragraph and the start of the next are not one sentence. Source titles
 * keep their own punctuation (they are quoted as published); code, charts and controls are not
 * prose.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { builtPages, htmlOf } from '../../support/builtSite';

const parser = new new Window().DOMParser();
/** Elements laid out as blocks: HTML's own, and a provenance section's parts, which are grid items (global.css). */
const BLOCKS = 'address, article, aside, blockquote, br, caption, dd, details, div, dl, dt, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, section, summary, table, td, th, tr, ul, .pop-stack > *, .pop-inputs > *';
/** Names with a dot inside, as their owners write them. */
const NAMES = ['News.Az'];

/** A page's text as a reader sees it, one line per block. */
export function readerText(html: string): string {
  const d = parser.parseFromString(html, 'text/html');
  for (const n of d.querySelectorAll('noscript')) n.replaceWith(...parser.parseFromString(n.innerHTML, 'text/html').body.childNodes);
  // Not prose: code, charts, controls (a readout's "?" button may sit before a full stop) and source titles.
  for (const el of d.querySelectorAll('script, style, template, code, pre, svg, button, cite, a[href^="http"]')) el.remove();
  for (const el of d.querySelectorAll(BLOCKS)) {
    el.before('\n');
    el.after('\n');
  }
  return NAMES.reduce((text, name) => text.replaceAll(name, 'Name'), d.body.textContent ?? '');
}

/**
 * Each place where a sentence runs into the next or a stop is doubled, with a little context; in
 * the Chinese edition also a Latin full stop or semicolon after a Chinese character, where Chinese
 * writes 。 and ；.
 */
export function punctuationFaults(text: string, lang: 'en' | 'zh' = 'en'): string[] {
  const faults = [
    // A stop, then a capitalised word with no space: "2024.Supports", "price:Shortage". Not "e.g.", "U.S.", "3.5".
    /[a-z0-9)%][.!?:;][A-Z][a-z]/g,
    // A question or exclamation mark with a full stop after it, or two full stops (an ellipsis is three).
    /[?!]\.|(?<!\.)\.\.(?!\.)/g,
    ...(lang === 'zh' ? [/[\u4e00-\u9fff][.;]/g] : []),
  ];
  return faults.flatMap((re) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')));
}

describe('the text of every page', () => {
  const pages = builtPages().filter((p) => !p.endsWith('.html'));

  it('finds the pages', () => expect(pages.length).toBeGreaterThan(30));

  it('catches what it forbids, and leaves what is right', () => {
    expect(punctuationFaults(readerText('<p>Data centres, 2024-12-23.<span>Supports:Late December</span></p>'))).toHaveLength(2);
    expect(punctuationFaults(readerText('<p>How much energy does ChatGPT use?. Epoch AI</p>'))).toHaveLength(1);
    expect(punctuationFaults(readerText('<p>It fell 3.5%.</p><p>Then it rose, e.g. in the U.S. (see <code>x.Y</code>)…</p><p>Wait...</p>'))).toEqual([]);
    expect(punctuationFaults(readerText('<p>用于：章节：选美博弈; 组件：租金下滑.</p>'), 'zh')).toHaveLength(2);
    expect(punctuationFaults(readerText('<p>用于：章节：选美博弈；组件：租金下滑。价格为 1.61 美元。</p>'), 'zh')).toEqual([]);
  });

  it.each(pages)('%s runs no sentences together and doubles no stop', (path) => {
    expect(punctuationFaults(readerText(htmlOf(path)), path.startsWith('/zh/') ? 'zh' : 'en')).toEqual([]);
  });
});
