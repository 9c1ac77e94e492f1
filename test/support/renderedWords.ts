/**
 * What a widget's server render gives a reader, as one text: every text node (one by one, so two
 * table cells never run together) and every name read aloud (aria-label, title, aria-valuetext).
 * The provenance record is left out: its formula words are the core's (written in Chinese at build time),
 * and its labels and inputs are the readouts', which the Chinese tests check directly. With
 * `howComputed`, the no-JavaScript "How these numbers are computed" section stays in, less what the
 * widget does not own there: the core formulas' words, symbols and function names, and source credits.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { Window } from 'happy-dom';

const NAMED = ['aria-label', 'title', 'aria-valuetext'];

export function renderedWords(component: unknown, props: Record<string, unknown>, { howComputed = false } = {}): string {
  const html = render(component as Component<Record<string, unknown>>, { props }).body;
  // Parsed as a browser without scripting would, so <noscript> content (the data table) is markup.
  const body = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const shared = howComputed ? '.pop-words, .pop-fn, .pop-source, .pop-symbols' : 'details.how-computed';
  for (const el of body.querySelectorAll(`script[data-provenance], ${shared}`)) el.remove();
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  const named = [...body.querySelectorAll(NAMED.map((a) => `[${a}]`).join(', '))].flatMap((el) => NAMED.map((a) => el.getAttribute(a) ?? ''));
  return [...texts, ...named].join(' ');
}
