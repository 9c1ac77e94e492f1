/**
 * The deals board's view model: the deals shown (each a row from ./row.ts), the chosen one
 * against the 2024 reference rent (the core's rateMultiple), the summary and the chart
 * description, and how the settings move together when the reader picks a deal or a filter. Pure.
 */
import { HOSTING_RENT_2024 } from '@core/assumptions';
import { rateMultiple } from '@core/deals';
import { num } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { DEALS, dealWords, type Deal } from './data';
import { text } from './i18n';
import { FILTERS, type meta } from './meta';
import { dealRow, descItem, mwNum, ratePerMwYear, timesText, type DealRow } from './row';

export type DealsValues = Values<typeof meta.schema>;
export type DealFilter = (typeof FILTERS)[number]['value'];

export type DealsView =
  | {
      ok: true;
      filter: DealFilter;
      /** The deals shown, in signing order. */
      rows: DealRow[];
      chosen: DealRow;
      /** The chosen deal's rate ÷ the 2024 reference rent. */
      timesReference: number;
      /** Set when the chosen deal is not among those shown, so another was chosen: says which and why. */
      adjusted?: string;
      summary: string;
      desc: string;
    }
  | { ok: false; message: string; summary: string };

/** The rule behind every rate, as the board states it under the chart. */
export const BASIS_RULE = text.basisRule;

const inFilter = (filter: string, kind: Deal['kind']) => filter === 'all' || filter === kind;

/** "the 14 hosting leases with a stated IT load run from $1.24M to $2.26M" (or the one such deal). */
function rangePhrase(rows: readonly DealRow[], kind: Deal['kind']): string | undefined {
  const it = rows.filter((r) => r.kind === kind && r.rateBasis === 'it');
  if (it.length === 0) return undefined;
  if (it.length === 1) return text.rangeOne({ name: it[0]!.name, kind, rate: it[0]!.rateText });
  const rates = it.map((r) => r.usdPerMwYear);
  return text.rangeMany({ count: it.length, kind, lo: ratePerMwYear(Math.min(...rates)), hi: ratePerMwYear(Math.max(...rates)) });
}

function summaryOf(c: DealRow, rows: readonly DealRow[], times: number): string {
  return text.summary({
    name: c.name,
    kind: c.kind,
    signed: c.signedText,
    backstop: c.backstop,
    value: c.valueText,
    years: num(c.termYears, 1),
    mw: mwNum(c.rateMw),
    basis: c.rateBasis,
    rate: c.rateText,
    times: timesText(times),
    reference: ratePerMwYear(HOSTING_RENT_2024.value),
    caveats: c.caveats,
    ranges: (['hosting', 'gpu-cloud'] as const).map((kind) => rangePhrase(rows, kind)).filter((r): r is string => r !== undefined),
    noItLoad: rows.filter((r) => r.rateBasis !== 'it').length,
  });
}

function descOf(rows: readonly DealRow[]): string {
  return text.desc({ count: rows.length, from: rows[0]!.signedText, to: rows[rows.length - 1]!.signedText, items: rows.map(descItem) });
}

/** Everything the board shows. A filter or deal the board does not know comes back as `{ ok: false, message }`. */
export function compute(v: DealsValues): DealsView {
  try {
    if (!FILTERS.some((f) => f.value === v.show)) throw new RangeError(text.errors.badShow(FILTERS.map((f) => f.value)));
    const asked = DEALS.find((d) => d.id === v.deal);
    if (!asked) throw new RangeError(text.errors.badDeal);
    const shown = DEALS.filter((d) => inFilter(v.show, d.kind));
    if (!shown.length) throw new RangeError(text.errors.noneShown(text.filterNoun(v.show)));
    const pick = inFilter(v.show, asked.kind) ? asked : shown[shown.length - 1]!;
    const rows = shown.map((d) => dealRow(d, d.id === pick.id));
    const chosen = rows.find((r) => r.selected)!;
    const timesReference = rateMultiple(chosen.usdPerMwYear, HOSTING_RENT_2024.value);
    const adjusted =
      pick === asked ? undefined : text.adjusted({ asked: dealWords(asked).name, filter: text.filterNoun(v.show), pick: dealWords(pick).name });
    return { ok: true, filter: v.show as DealFilter, rows, chosen, timesReference, adjusted, summary: summaryOf(chosen, rows, timesReference), desc: descOf(rows) };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = text.errors.cannotShow(e.message.replace(/, got .*$/s, ''));
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}

/** The settings after the reader picks a deal: a deal outside the filter shows all deals again. */
export function choosingDeal(v: DealsValues, id: string): Partial<DealsValues> {
  const d = DEALS.find((x) => x.id === id);
  return { deal: id, show: d && !inFilter(v.show, d.kind) ? 'all' : v.show };
}

/** The settings after the reader changes the filter: the chosen deal stays if it is shown, else the latest shown. */
export function choosingFilter(v: DealsValues, show: string): Partial<DealsValues> {
  const current = DEALS.find((d) => d.id === v.deal);
  if (current && inFilter(show, current.kind)) return { show };
  const latest = DEALS.filter((d) => inFilter(show, d.kind)).at(-1);
  return { show, deal: latest?.id ?? v.deal };
}
