/**
 * The deals board's view model: the deals shown (each a row from ./row.ts), the chosen one
 * against the 2024 reference rent (the core's rateMultiple), the summary and the chart
 * description, and how the settings move together when the reader picks a deal or a filter. Pure.
 */
import { extent } from 'd3-array';
import { HOSTING_RENT_2024 } from '@core/assumptions';
import { rateMultiple } from '@core/deals';
import { num } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { DEALS, type Deal } from './data';
import { FILTERS, type meta } from './meta';
import { KIND_NOUN, dealRow, mwNum, ratePerMwYear, timesText, type DealRow } from './row';

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
export const BASIS_RULE =
  'Each rate is the base term’s value ÷ (years × megawatts), renewals left out: per MW of IT load where the sources state it, otherwise per MW as reported and marked, never converted with an assumed overhead.';

const inFilter = (filter: string, kind: Deal['kind']) => filter === 'all' || filter === kind;
const filterLabel = (filter: string) => FILTERS.find((f) => f.value === filter)?.label.toLowerCase() ?? filter;

/** "the 14 hosting leases with a stated IT load run from $1.24M to $2.26M" (or the one such deal). */
function rangePhrase(rows: readonly DealRow[], one: string, many: string): string | undefined {
  const it = rows.filter((r) => r.rateBasis === 'it');
  if (it.length === 0) return undefined;
  if (it.length === 1) return `${it[0]!.name}, the one ${one} with a stated IT load, pays ${it[0]!.rateText}`;
  const [lo = 0, hi = 0] = extent(it, (r) => r.usdPerMwYear);
  return `the ${it.length} ${many} with a stated IT load run from ${ratePerMwYear(lo)} to ${ratePerMwYear(hi)}`;
}

function summaryOf(c: DealRow, rows: readonly DealRow[], times: number): string {
  const backstop = c.backstop ? `, backstopped by ${c.backstop}` : '';
  // The basis goes once into the sentence; an unstated one is explained by the caveat after it.
  const of = c.rateBasis === 'it' ? ' of IT load' : c.rateBasis === 'grid' ? ' at the grid' : '';
  const first =
    `${c.name}, a ${KIND_NOUN[c.kind]} signed ${c.signedText}${backstop}: ${c.valueText} over ${num(c.termYears, 1)} years for ${mwNum(c.rateMw)} MW${of} ` +
    `comes to ${c.rateText} per MW${of} a year, ${timesText(times)} Core Scientific’s 2024 rate of ${ratePerMwYear(HOSTING_RENT_2024.value)}.`;
  const caveat = c.caveats.length ? ` Basis: ${c.caveats.join('; ')}.` : '';
  const ranges = [
    rangePhrase(rows.filter((r) => r.kind === 'hosting'), 'hosting lease', 'hosting leases'),
    rangePhrase(rows.filter((r) => r.kind === 'gpu-cloud'), 'GPU-cloud contract', 'GPU-cloud contracts'),
  ].filter(Boolean);
  const others = rows.filter((r) => r.rateBasis !== 'it').length;
  const range = ranges.length ? ` Per MW of IT load a year, ${ranges.join('; ')}.` : '';
  const rest = others ? ` ${others === 1 ? 'One deal shown states' : `${num(others)} deals shown state`} no IT load.` : '';
  return first + caveat + range + rest;
}

function descOf(rows: readonly DealRow[]): string {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const list = rows
    .map((r) => `${r.name}, ${KIND_NOUN[r.kind]}, ${r.signedText}: ${r.rateText} ${r.rateUnit}, ${mwNum(r.rateMw)} MW${r.backstop ? `, backstop ${r.backstop}` : ''}${r.marked ? `; basis: ${r.caveats.join('; ')}` : ''}`)
    .join('. ');
  return (
    `${num(rows.length)} deals signed from ${first.signedText} to ${last.signedText}, placed by date signed (across) and dollars per MW a year (up, log scale); ` +
    `a mark’s area shows its megawatts. Circles are hosting leases and squares GPU-cloud contracts; an outer ring marks a backstop, and a dashed outline a rate resting on a figure that is not plainly stated. ${list}.`
  );
}

/** Everything the board shows. A filter or deal the board does not know comes back as `{ ok: false, message }`. */
export function compute(v: DealsValues): DealsView {
  try {
    if (!FILTERS.some((f) => f.value === v.show)) throw new RangeError(`show must be one of ${FILTERS.map((f) => f.value).join(', ')}`);
    const asked = DEALS.find((d) => d.id === v.deal);
    if (!asked) throw new RangeError(`deal must be the id of a deal in content/deals.json`);
    const shown = DEALS.filter((d) => inFilter(v.show, d.kind));
    if (!shown.length) throw new RangeError(`there are no ${filterLabel(v.show)} in content/deals.json`);
    const pick = inFilter(v.show, asked.kind) ? asked : shown[shown.length - 1]!;
    const rows = shown.map((d) => dealRow(d, d.id === pick.id));
    const chosen = rows.find((r) => r.selected)!;
    const timesReference = rateMultiple(chosen.usdPerMwYear, HOSTING_RENT_2024.value);
    const adjusted =
      pick === asked ? undefined : `Deal: ${asked.name} is not among the ${filterLabel(v.show)} shown, so the latest of them, ${pick.name}, is selected.`;
    return { ok: true, filter: v.show as DealFilter, rows, chosen, timesReference, adjusted, summary: summaryOf(chosen, rows, timesReference), desc: descOf(rows) };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = `The deals board cannot show these settings: ${e.message.replace(/, got .*$/s, '')}. Choose a deal and a filter from the lists.`;
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
