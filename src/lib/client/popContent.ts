/**
 * What each kind of popover shows, built when it opens from data the page already has, so no
 * hidden copy of it sits in the page (src/lib/client/popover.ts places and opens it):
 * - a citation (`data-pop="cite"`): the source's entry in the chapter's list (SourceList.astro),
 *   which its link points at, and for a <Fact> the figure's data attributes;
 * - a glossary term (`data-pop="term"`): the chapter's glossary record (GlossaryRecord.astro);
 * - a readout (`data-pop="readout"`): its provenance, handed over by the hydrated <Readout>
 *   (`traced`), or else read from its widget's record, the JSON data block ProvenanceRecord.svelte
 *   writes after the readouts (before hydration, and in scrolly snapshots, which never hydrate).
 *   The browser's copy of a formula comes without its words and symbols, which wait in a data
 *   block of the page's own until a popover shows them (formulaKeys, scripts/client-omits.mjs).
 */
import { escapeHtml as esc, provenanceHtml } from '@lib/widget/provenanceHtml';
import type { Formula } from '@core/formula';
import type { Provenance, ReadoutPop, WidgetRecord } from '@lib/widget/provenance';
import { pop as words, prov } from './i18n';
import { textLang } from '../i18n/lang';
import { asOfDate } from '../i18n/dates';

export interface PopContent {
  /** The panel's accessible name. */
  label: string;
  /** Its HTML: phrasing content, inside the panel's box. */
  html: string;
  /** Lay the parts out one under another (citations and readouts). */
  stacked?: boolean;
  /** Id of an element in the HTML that describes the trigger (a term's definition). */
  describedBy?: string;
}

/** Provenance handed over by hydrated readouts, by their "?" button. */
export const traced = new WeakMap<Element, ReadoutPop>();
const parsed = new WeakMap<Element, unknown>();

/** A JSON data block's contents, parsed once. */
function dataBlock<T>(script: Element): T | undefined {
  if (!parsed.has(script)) {
    try {
      parsed.set(script, JSON.parse(script.textContent ?? ''));
    } catch {
      parsed.set(script, undefined);
    }
  }
  return parsed.get(script) as T | undefined;
}

function citeContent(pop: HTMLElement, trigger: HTMLElement, doc: Document): PopContent | null {
  const href = trigger.getAttribute('href') ?? '';
  const n = /^#source-(\d+)$/.exec(href)?.[1];
  const entry = n ? doc.getElementById(`source-${n}`) : null;
  const titled = entry?.querySelector('a[href], cite');
  const s = entry
    ? { publisher: entry.dataset.publisher, date: entry.dataset.date, title: titled?.textContent ?? '', url: titled?.getAttribute('href') }
    : { publisher: pop.dataset.publisher, date: pop.dataset.date, title: pop.dataset.title ?? '', url: pop.dataset.url };
  if (!s.publisher) return null;
  const d = pop.dataset;
  const fact = d.factLabel ? `<span class="pop-fact"><strong>${esc(d.factLabel)}${prov.colon}</strong>${esc(d.factText ?? '')}${words.asOf(esc(asOfDate(d.asOf ?? '')))}</span>` : '';
  const computed = d.computed ? `<span class="pop-computed">${esc(d.computed)}</span>` : '';
  const source = `<span class="pop-source">${words.source(n)}${prov.colon}${prov.sourceRef(`<span lang="${textLang(s.publisher)}">${esc(s.publisher)}</span>`, `<cite lang="${textLang(s.title)}">${esc(s.title)}</cite>`, esc(s.date ?? ''))}${prov.period}</span>`;
  const open = s.url ? `<a href="${esc(s.url)}" rel="noopener">${words.openSource}</a>` : '';
  const links = `<span class="pop-links">${open}<a href="${esc(href)}">${n ? words.chapterSources : words.allSources}</a></span>`;
  return { label: words.source(n), html: fact + computed + source + links, stacked: true };
}

function termContent(trigger: HTMLElement, doc: Document, panelId: string): PopContent | null {
  const href = trigger.getAttribute('href') ?? '';
  const id = decodeURIComponent(href.split('#')[1] ?? '');
  const record = doc.querySelector('script[data-glossary]');
  const entry = record ? dataBlock<Record<string, { term: string; definition: string }>>(record)?.[id] : undefined;
  if (!entry) return null;
  const def = `${panelId}-def`;
  return {
    label: words.glossary(entry.term),
    html: `<span id="${def}"><span class="term-name">${esc(entry.term)}:</span> ${esc(entry.definition)}</span> <a class="term-more" href="${esc(href)}">${words.glossaryEntry}</a>`,
    describedBy: def,
  };
}

/** The record of the widget a readout sits in: a data block that is a direct child of one of its ancestors. */
function recordOf(pop: Element): WidgetRecord | undefined {
  for (let el = pop.parentElement; el; el = el.parentElement) {
    const script = el.querySelector(':scope > script[data-provenance]');
    if (script) return dataBlock<WidgetRecord>(script);
  }
  return undefined;
}

/**
 * A provenance with its formula's words and symbols. The browser's copy of a formula names only its
 * function, and a number where the function has several (`{ fn, n }`); the page has the rest.
 */
function withFormula(p: Provenance, doc: Document): Provenance {
  const f = p.formula as (Formula & { n?: number }) | undefined;
  if (!f || f.words) return p;
  const block = doc.querySelector('script[data-formulas]');
  const texts = block ? dataBlock<Record<string, Pick<Formula, 'words' | 'symbols'>>>(block)?.[f.n ? `${f.fn}#${f.n}` : f.fn] : undefined;
  return { ...p, formula: { words: '', symbols: '', ...texts, fn: f.fn } };
}

function readoutContent(pop: HTMLElement, trigger: HTMLElement, doc: Document): PopContent | null {
  let data = traced.get(trigger);
  if (!data) {
    const id = pop.querySelector<HTMLElement>('[data-readout]')?.dataset.readout;
    const record = id ? recordOf(pop) : undefined;
    const r = id ? record?.readouts[id] : undefined;
    if (r && record) data = { ...r, sources: record.sources };
  }
  if (!data) return null;
  return { label: words.howCalculated(data.label), html: provenanceHtml(withFormula(data.provenance, doc), data.sources), stacked: true };
}

/** The content of a popover of any kind, or null when the page has nothing to build it from. */
export function popContent(pop: HTMLElement, trigger: HTMLElement, doc: Document, panelId: string): PopContent | null {
  switch (pop.dataset.pop) {
    case 'cite': return citeContent(pop, trigger, doc);
    case 'term': return termContent(trigger, doc, panelId);
    case 'readout': return readoutContent(pop, trigger, doc);
    default: return null;
  }
}
