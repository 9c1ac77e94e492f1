/**
 * One deal as the board shows it: its rate per MW a year from the core's dealRateUsdPerMwYear,
 * and the words that go with its mark, its tooltip and its table row (kind, date, backstop, and
 * the basis of every figure behind the rate). Pure.
 */
import { dealRateUsdPerMwYear, type MwBasis } from '@core/deals';
import { money, num } from '@lib/widget/format';
import { dealWords, type Deal } from './data';
import { text } from './i18n';

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

/** USD per MW a year in millions, to two decimals at most: "$1.79M", "$9.7M" (Chinese "179万美元"). */
export const ratePerMwYear = (usd: number) => text.ratePerMwYear(usd);

/** A multiple of a rate: "1.23×" (Chinese "1.23 倍"). */
export const timesText = (times: number) => text.times(times);

/** Megawatts to a tenth, as deals report them: "72.5". */
export const mwNum = (mw: number) => num(mw, 1);

/** Words for each figure behind a deal's rate that is not a plain stated IT load, value or term. */
export function dealCaveats(d: Deal): string[] {
  const out: string[] = [];
  const words = text.caveats;
  if (d.mwBasis === 'grid') out.push(d.mwIt === null ? words.gridOnly(mwNum(d.mw)) : words.gridHeadline(mwNum(d.mw), mwNum(d.mwIt)));
  if (d.mwBasis === 'unknown') out.push(words.unknownBasis(mwNum(d.mw)));
  if (d.valueBasis === 'floor') out.push(words.floor);
  if (d.valueBasis === 'up-to') out.push(words.upTo);
  if (d.valueBasis === 'derived') out.push(words.derived);
  if (d.termBasis === 'assumed') out.push(words.termAssumed);
  return out;
}

export function dealRow(d: Deal, selected = false): DealRow {
  const rate = dealRateUsdPerMwYear({ contractValueUsd: d.valueUsd, termYears: d.termYears, statedMw: d.mw, statedMwBasis: d.mwBasis, itMw: d.mwIt });
  const caveats = dealCaveats(d);
  const words = dealWords(d);
  return {
    id: d.id,
    name: words.name,
    kind: d.kind,
    kindLabel: text.kindLabel[d.kind],
    signed: d.signed,
    signedText: text.signedDate(d.signed),
    signedMs: Date.parse(`${d.signed}T00:00:00Z`),
    valueUsd: d.valueUsd,
    valueBasis: d.valueBasis,
    termYears: d.termYears,
    termBasis: d.termBasis,
    statedMw: d.mw,
    statedMwBasis: d.mwBasis,
    ...rate,
    rateText: ratePerMwYear(rate.usdPerMwYear),
    rateUnit: text.rateUnit[rate.rateBasis],
    valueText: text.valueText(money(d.valueUsd), d.valueBasis),
    mwText: d.mwBasis === 'grid' && d.mwIt !== null ? text.mwItOfGrid(mwNum(d.mwIt), mwNum(d.mw)) : text.mwOnBasis(mwNum(d.mw), d.mwBasis),
    backstop: d.backstop,
    caveats,
    caveatText: text.caveatList(caveats),
    marked: caveats.length > 0,
    site: words.site,
    remark: words.remark ?? '',
    sourceIds: d.sourceIds,
    confidence: d.confidence,
    selected,
  };
}

/** The "Show the numbers" table: one row per deal shown; the CSV gets the raw values. */
const COLUMN = text.columns;
export const TABLE_COLUMNS = [
  { key: 'name', label: COLUMN.name },
  { key: 'signed', label: COLUMN.signed, format: (iso: string) => text.signedDate(iso) },
  { key: 'kindLabel', label: COLUMN.kind },
  { key: 'usdPerMwYear', label: COLUMN.rate, format: (usd: number) => ratePerMwYear(usd) },
  { key: 'valueText', label: COLUMN.value },
  { key: 'termYears', label: COLUMN.years, format: (y: number) => num(y, 1) },
  { key: 'mwText', label: COLUMN.mw },
  { key: 'backstop', label: COLUMN.backstop, format: (b: string | null) => b ?? text.none },
  { key: 'caveatText', label: COLUMN.caveats, format: (c: string) => c || text.none },
  { key: 'confidence', label: COLUMN.confidence, format: (c: Deal['confidence']) => text.confidence[c] },
] as const;

/** "$1.79M per MW of IT load a year": a deal's rate with its unit. */
const rateWithUnit = (r: DealRow) => text.rateWithUnit(r.rateText, r.rateUnit);

/** "IREN–Microsoft: GPU-cloud contract, signed 3 Nov 2025, $9.7M per MW of IT load a year, 200 MW." — a mark's accessible name. */
export function pointLabel(r: DealRow): string {
  return text.pointLabel({ name: r.name, kind: r.kind, signed: r.signedText, rate: rateWithUnit(r), mw: mwNum(r.rateMw), backstop: r.backstop, caveats: r.caveats });
}

/** The tooltip of a mark: name, kind and date, rate and MW, backstop, caveats. */
export function pointTip(r: DealRow): string[] {
  return [
    r.name,
    text.tip.kindSigned(r.kindLabel, r.signedText),
    rateWithUnit(r),
    text.mwOnBasis(mwNum(r.rateMw), r.rateBasis),
    ...(r.backstop ? [text.tip.backstop(r.backstop)] : []),
    ...r.caveats.map((c) => `⚠ ${c}`),
  ];
}

/** A deal in the chart's text alternative: "IREN–Microsoft, GPU-cloud contract, 3 Nov 2025: $9.7M per MW of IT load a year, 200 MW". */
export function descItem(r: DealRow): string {
  return text.descItem({ name: r.name, kind: r.kind, signed: r.signedText, rate: rateWithUnit(r), mw: mwNum(r.rateMw), backstop: r.backstop, caveats: r.caveats });
}
