/**
 * One deal as the board shows it: its rate per MW a year from the core's dealRateUsdPerMwYear,
 * and the words that go with its mark, its tooltip and its table row (kind, date, backstop, and
 * the basis of every figure behind the rate). Pure.
 */
import { dealRateUsdPerMwYear, type MwBasis } from '@core/deals';
import { money, num, usdUpTo } from '@lib/widget/format';
import type { Deal } from './data';

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
export const KIND_NOUN: Record<Deal['kind'], string> = { hosting: 'hosting lease', 'gpu-cloud': 'GPU-cloud contract' };
/** Megawatts to a tenth, as deals report them: "72.5". */
export const mwNum = (mw: number) => num(mw, 1);
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
