/**
 * The deals board's view model: every deal's rate per MW a year from the core's
 * dealRateUsdPerMwYear, the words that go with each mark (kind, backstop, the basis of every
 * figure behind the rate), the chosen deal against the 2024 reference rent, and the summary and
 * chart description. Pure.
 */
import { extent } from 'd3-array';
import { HOSTING_RENT_2024 } from '@core/assumptions';
import { dealRateUsdPerMwYear, rateMultiple, type MwBasis } from '@core/deals';
import { money, num, usdUpTo } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { DEALS, type Deal } from './data';
import { FILTERS, type meta } from './meta';

export type DealsValues = Values<typeof meta.schema>;
export type DealFilter = (typeof FILTERS)[number]['value'];

export interface DealRow extends Record<string, unknown> {
  id: string;
  name: string;
  kind: Deal['kind'];
  /** "Hosting lease" or "GPU cloud". */
  kindLabel: string;
  signed: string;
  /** "25 Sep 2025". */
  signedText: string;
  /** Signing day, ms since 1970 UTC (the chart's x). */
  signedMs: number;
  valueUsd: number;
  valueBasis: Deal['valueBasis'];
  termYears: number;
  termBasis: Deal['termBasis'];
  /** The headline MW as reported, and what it measures. */
  statedMw: number;
  statedMwBasis: MwBasis;
  /** USD per MW a year, per `rateMw` on `rateBasis`. */
  usdPerMwYear: number;
  rateMw: number;
  rateBasis: MwBasis;
  /** "$1.79M". */
  rateText: string;
  /** "per MW of IT load a year", "per grid MW a year" or "per MW a year, basis not stated". */
  rateUnit: string;
  /** "$3B"; with "more than" or "up to" in `valueBasis`. */
  valueText: string;
  /** "244 MW at the grid (168 MW of IT)". */
  mwText: string;
  backstop: string | null;
  /** Short words for every figure behind the rate that is not a plain stated one. */
  caveats: string[];
  /** The caveats as one table cell; empty when there are none. */
  caveatText: string;
  /** True when there is a caveat: the chart draws the mark dashed. */
  marked: boolean;
  site: string;
  remark: string;
  sourceIds: string[];
  confidence: Deal['confidence'];
  selected: boolean;
}

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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-09-25" → "25 Sep 2025". */
export const dayMonthYear = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** USD per MW a year in millions, to two decimals at most: "$1.79M", "$9.7M". */
export const ratePerMwYear = (usd: number) => `${usdUpTo(usd / 1e6, 2)}M`;

/** A multiple of a rate: "1.23×". */
export const timesText = (times: number) => `${num(times, 2)}×`;

const RATE_UNIT: Record<MwBasis, string> = {
  it: 'per MW of IT load a year',
  grid: 'per grid MW a year',
  unknown: 'per MW a year, basis not stated',
};
/** What the megawatts measure, as a table cell or an input label: "MW of IT load". */
export const MW_BASIS_WORDS: Record<MwBasis, string> = { it: 'MW of IT load', grid: 'MW at the grid', unknown: 'MW, basis not stated' };
const KIND_LABEL: Record<Deal['kind'], string> = { hosting: 'Hosting lease', 'gpu-cloud': 'GPU cloud' };
/** The kind inside a sentence: "a hosting lease". */
const KIND_NOUN: Record<Deal['kind'], string> = { hosting: 'hosting lease', 'gpu-cloud': 'GPU-cloud contract' };
/** Megawatts to a tenth, as deals report them: "72.5". */
const mwNum = (mw: number) => num(mw, 1);
const VALUE_PREFIX: Record<Deal['valueBasis'], string> = { stated: '', 'up-to': 'up to ', floor: 'more than ', derived: '' };

/** Words for each figure behind a deal's rate that is not a plain stated IT load, value or term. */
export function dealCaveats(d: Deal): string[] {
  const out: string[] = [];
  if (d.mwBasis === 'grid') out.push(d.mwIt === null ? `${mwNum(d.mw)} MW is grid power; rate per grid MW` : `headline ${mwNum(d.mw)} MW is grid power; rate per the ${mwNum(d.mwIt)} MW of IT load stated`);
  if (d.mwBasis === 'unknown') out.push(`not stated whether the ${mwNum(d.mw)} MW is IT load or grid power`);
  if (d.valueBasis === 'floor') out.push('value is a floor (“more than”), so the rate is at least this');
  if (d.valueBasis === 'up-to') out.push('value is an “up to”, so the rate is at most this');
  if (d.valueBasis === 'derived') out.push('value worked out from reported totals, not stated');
  if (d.termBasis === 'assumed') out.push('term assumed, not stated');
  return out;
}

export function dealRow(d: Deal, selected = false): DealRow {
  const rate = dealRateUsdPerMwYear({ contractValueUsd: d.valueUsd, termYears: d.termYears, statedMw: d.mw, statedMwBasis: d.mwBasis, itMw: d.mwIt });
  const caveats = dealCaveats(d);
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    kindLabel: KIND_LABEL[d.kind],
    signed: d.signed,
    signedText: dayMonthYear(d.signed),
    signedMs: Date.parse(`${d.signed}T00:00:00Z`),
    valueUsd: d.valueUsd,
    valueBasis: d.valueBasis,
    termYears: d.termYears,
    termBasis: d.termBasis,
    statedMw: d.mw,
    statedMwBasis: d.mwBasis,
    ...rate,
    rateText: ratePerMwYear(rate.usdPerMwYear),
    rateUnit: RATE_UNIT[rate.rateBasis],
    valueText: `${VALUE_PREFIX[d.valueBasis]}${money(d.valueUsd)}`,
    mwText: d.mwBasis === 'grid' && d.mwIt !== null ? `${mwNum(d.mwIt)} MW of IT load (${mwNum(d.mw)} MW at the grid)` : `${mwNum(d.mw)} ${MW_BASIS_WORDS[d.mwBasis]}`,
    backstop: d.backstop,
    caveats,
    caveatText: caveats.join('; '),
    marked: caveats.length > 0,
    site: d.site,
    remark: d.remark ?? '',
    sourceIds: d.sourceIds,
    confidence: d.confidence,
    selected,
  };
}

/** The rule behind every rate, as the board states it under the chart. */
export const BASIS_RULE =
  'Each rate is the base term’s value ÷ (years × megawatts), renewals left out: per MW of IT load where the sources state it, otherwise per MW as reported and marked, never converted with an assumed overhead.';

/** The "Show the numbers" table: one row per deal shown; the CSV gets the raw values. */
export const TABLE_COLUMNS = [
  { key: 'name', label: 'Deal' },
  { key: 'signed', label: 'Signed', format: (iso: string) => dayMonthYear(iso) },
  { key: 'kindLabel', label: 'Kind' },
  { key: 'usdPerMwYear', label: 'USD per MW a year (of IT load unless noted)', format: (usd: number) => ratePerMwYear(usd) },
  { key: 'valueText', label: 'Value, base term' },
  { key: 'termYears', label: 'Years', format: (y: number) => num(y, 1) },
  { key: 'mwText', label: 'Megawatts' },
  { key: 'backstop', label: 'Backstop', format: (b: string | null) => b ?? 'none' },
  { key: 'caveatText', label: 'Basis notes', format: (c: string) => c || 'none' },
  { key: 'confidence', label: 'Confidence' },
] as const;

const inFilter = (filter: string, kind: Deal['kind']) => filter === 'all' || filter === kind;
const filterLabel = (filter: string) => FILTERS.find((f) => f.value === filter)?.label.toLowerCase() ?? filter;

/** "IREN–Microsoft: GPU cloud, signed 3 Nov 2025, $9.7M per MW of IT load a year, 200 MW." — a mark's accessible name. */
export function pointLabel(r: DealRow): string {
  const backstop = r.backstop ? `, backstopped by ${r.backstop}` : '';
  const caveats = r.caveats.length ? ` Basis: ${r.caveats.join('; ')}.` : '';
  return `${r.name}: ${KIND_NOUN[r.kind]}, signed ${r.signedText}, ${r.rateText} ${r.rateUnit}, ${mwNum(r.rateMw)} MW${backstop}.${caveats}`;
}

/** The tooltip of a mark: name, kind and date, rate and MW, backstop, caveats. */
export function pointTip(r: DealRow): string[] {
  return [
    r.name,
    `${r.kindLabel}, signed ${r.signedText}`,
    `${r.rateText} ${r.rateUnit}`,
    `${mwNum(r.rateMw)} ${MW_BASIS_WORDS[r.rateBasis]}`,
    ...(r.backstop ? [`Backstop: ${r.backstop}`] : []),
    ...r.caveats.map((c) => `⚠ ${c}`),
  ];
}

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
