/**
 * How a number was obtained, as HTML: the words of a readout's "How this was calculated" popover
 * (built when it opens, src/lib/client/popover.ts) and of the widget's "How these numbers are
 * computed" section for readers without JavaScript (src/controls/ProvenanceRecord.svelte). One
 * function, so both say the same. Phrasing content only, so it fits in the popover's <span>.
 */
import type { Provenance, ProvenanceInput, SourceRef } from './provenance';
import { prov } from '../client/i18n';
import { textLang } from '../i18n/lang';
import { asOfDate } from '../i18n/dates';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function sourceHtml(input: ProvenanceInput, sources: Record<string, SourceRef>): string {
  if (!input.sourceId) return '';
  const asOf = input.asOf ? prov.asOf(escapeHtml(asOfDate(input.asOf))) : '';
  const s = sources[input.sourceId];
  // A source shown by id only was not passed to the island: the widget's meta.sources should list it.
  if (!s) return `<span class="pop-source"> ${prov.source}${prov.colon}${escapeHtml(input.sourceId)}${asOf}${prov.period}</span>`;
  // A source's title keeps its own language.
  const lang = textLang(s.title);
  const title = s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener" lang="${lang}">${escapeHtml(s.title)}</a>` : `<cite lang="${lang}">${escapeHtml(s.title)}</cite>`;
  return `<span class="pop-source"> ${prov.source}${prov.colon}${prov.sourceRef(`<span lang="${textLang(s.publisher)}">${escapeHtml(s.publisher)}</span>`, title, escapeHtml(s.date))}${asOf}${prov.period}</span>`;
}

function inputHtml(input: ProvenanceInput, sources: Record<string, SourceRef>): string {
  const value = input.unit ? prov.withUnit(input.value, input.unit) : input.value;
  const note = input.note ? `<span class="pop-note">${escapeHtml(prov.aside(input.note))}</span>` : '';
  return `<span class="pop-input" role="listitem"><span class="pop-label">${escapeHtml(input.label)}${prov.colon}</span>${escapeHtml(value)}${note}${sourceHtml(input, sources)}</span>`;
}

/** The formula (or "a reported figure"), each input with its value and source, and the core function. */
export function provenanceHtml(p: Provenance, sources: Record<string, SourceRef>): string {
  const f = p.formula;
  const head = f
    ? `<strong class="pop-title">${prov.calcTitle}</strong><span class="pop-words">${escapeHtml(f.words)}</span><code class="pop-symbols">${escapeHtml(f.symbols)}</code>`
    : `<strong class="pop-title">${prov.reportedTitle}</strong>`;
  const inputs = p.inputs.length
    ? `<span class="pop-head">${f ? prov.inputs : prov.whereFrom}</span><span class="pop-inputs" role="list">${p.inputs.map((i) => inputHtml(i, sources)).join('')}</span>`
    : '';
  const fn = f ? `<span class="pop-fn">${prov.computedBy(escapeHtml(f.fn))}</span>` : '';
  return head + inputs + fn;
}
