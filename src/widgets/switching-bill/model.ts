/**
 * The switching bill's view model: the slider values in, the bill's items, the cash path, the
 * sentence and the table out. All sums are the core's switchingBill and switchingCashUsd; this
 * module only arranges and words them (the readouts' wording, shared with the sentence, is
 * billPhrases and verdictText).
 */
import { MINING_SITE_OVERHEAD } from '@core/assumptions';
import { switchingBill, switchingCashUsd, type SwitchingBill } from '@core/conversion';
import { num, usd, usdWords } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import type { SwitchingSchema } from './meta';
import { text } from './i18n';

export type BillInputs = Values<SwitchingSchema>;

/** GPU working life, years: the five years Cheah's sums assume (fact D10). */
export const GPU_LIFE_YEARS = 5;
const GPU_LIFE_MONTHS = GPU_LIFE_YEARS * 12;

export interface BillItem {
  id: 'gpus' | 'building' | 'lost' | 'resale' | 'total';
  /** Short bar label. */
  label: string;
  /** Longer wording for the table. */
  long: string;
  /** Signed: the resale is a credit, so negative. */
  usd: number;
  color: string;
}

export interface CashPoint {
  month: number;
  cashUsd: number;
}

export interface BillView {
  ok: true;
  bill: SwitchingBill;
  items: BillItem[];
  path: CashPoint[];
  horizonMonths: number;
  /** Month (since mining stopped) at which the GPUs reach the end of their life. */
  lifeEndMonth: number;
  downtimeMonths: number;
  summary: string;
  desc: string;
  tableRows: { item: string; value: string }[];
}

export interface BillError {
  ok: false;
  message: string;
}

/** The readouts' texts, which the sentence repeats: "$3.3 billion", "54 months after switch-on", … */
export function billPhrases(bill: SwitchingBill): Record<'gpus' | 'capexPerMw' | 'total' | 'net' | 'payback' | 'fromStop' | 'mining', string> {
  return {
    gpus: num(bill.gpuCount),
    capexPerMw: text.phrases.capexPerMw(usdWords(bill.capexUsdPerSiteMw)),
    total: usdWords(bill.totalUsd),
    net: text.phrases.perMonth(usdWords(bill.aiNetUsdPerMonth)),
    payback: bill.paybackMonths === null ? text.phrases.never : text.phrases.afterSwitchOn(bill.paybackMonths),
    fromStop: bill.paybackMonthsFromStop === null ? text.phrases.never : text.phrases.afterStop(bill.paybackMonthsFromStop),
    mining: text.phrases.perMonth(usdWords(bill.miningMarginUsdPerMonth)),
  };
}

/** The verdict sentence: whether the bill is repaid within the GPUs' working life. */
export function verdictText(b: SwitchingBill): string {
  if (b.paybackMonths === null) return text.verdict.never;
  if (b.paybackMonths <= GPU_LIFE_MONTHS) return text.verdict.repaid({ monthsLeft: num(GPU_LIFE_MONTHS - b.paybackMonths, 0), lifeYears: GPU_LIFE_YEARS });
  return text.verdict.short({ monthsShort: num(b.paybackMonths - GPU_LIFE_MONTHS, 0), lifeYears: GPU_LIFE_YEARS });
}

/** Builds the view, or a plain message when a value is outside what the core accepts. */
export function compute(v: BillInputs): BillView | BillError {
  let bill: SwitchingBill;
  try {
    bill = switchingBill({
      siteMw: v.siteMw,
      pue: v.pue,
      gpuPowerW: v.gpuPowerW,
      capexUsdPerGpu: v.capexUsdPerGpu,
      facilityUsdPerMwIt: v.facilityMUsdPerMw * 1e6,
      asicEfficiencyJPerTh: v.asicJPerTh,
      asicResaleUsdPerTh: v.resaleUsdPerTh,
      downtimeMonths: v.downtimeMonths,
      hashpriceUsdPerPhDay: v.hashprice,
      powerPriceUsdPerKwh: v.powerPrice,
      rentUsdPerGpuHour: v.rent,
      utilizationPct: v.utilizationPct,
      miningPue: MINING_SITE_OVERHEAD.value,
    });
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: text.error(e.message) };
    throw e;
  }
  const dark = v.downtimeMonths;
  const items: BillItem[] = [
    { id: 'gpus', ...text.items.gpus, usd: bill.gpuCapexUsd, color: 'var(--accent-2)' },
    { id: 'building', ...text.items.building, usd: bill.facilityCapexUsd, color: 'var(--accent-3)' },
    { id: 'lost', ...text.items.lost, usd: bill.lostMarginUsd, color: 'var(--accent)' },
    { id: 'resale', ...text.items.resale, usd: -bill.asicResaleUsd, color: 'var(--good)' },
    { id: 'total', ...text.items.total, usd: bill.totalUsd, color: 'var(--fg)' },
  ];
  const lifeEndMonth = dark + GPU_LIFE_MONTHS;
  const horizonMonths = Math.ceil(Math.max(lifeEndMonth + 6, (bill.paybackMonthsFromStop ?? 0) * 1.1));
  const path = Array.from({ length: horizonMonths + 1 }, (_, month) => ({ month, cashUsd: switchingCashUsd(bill, dark, month) }));

  const phrases = billPhrases(bill);
  const verdict = verdictText(bill);
  const repaid =
    bill.paybackMonths === null
      ? text.neverRepaid
      : text.repaid({ rent: usd(v.rent, 2), utilizationPct: num(v.utilizationPct), net: phrases.net, payback: phrases.payback, fromStop: phrases.fromStop, verdict });
  const summary = text.summary({ siteMw: num(v.siteMw), gpus: phrases.gpus, total: phrases.total, capexPerMw: phrases.capexPerMw, then: repaid });
  const desc = text.desc({
    start: usdWords(path[0]!.cashUsd),
    atSwitchOn: usdWords(switchingCashUsd(bill, dark, dark)),
    switchOnMonth: dark,
    end: usdWords(path[path.length - 1]!.cashUsd),
    endMonth: horizonMonths,
    lifeEndMonth,
    zeroMonth: bill.paybackMonthsFromStop === null ? null : num(bill.paybackMonthsFromStop, 0),
  });
  const monthsOrNever = (m: number | null) => (m === null ? text.phrases.never : text.phrases.months(num(m, 1)));
  const tableRows = [
    ...items.map((i) => ({ item: i.long, value: usd(i.usd) })),
    { item: text.rows.gpus, value: phrases.gpus },
    { item: text.rows.capexPerMw, value: usd(bill.capexUsdPerSiteMw) },
    { item: text.rows.mining, value: usd(bill.miningMarginUsdPerMonth) },
    { item: text.rows.rent, value: usd(bill.aiRevenueUsdPerMonth) },
    { item: text.rows.power, value: usd(bill.aiPowerCostUsdPerMonth) },
    { item: text.rows.net, value: usd(bill.aiNetUsdPerMonth) },
    { item: text.rows.payback, value: monthsOrNever(bill.paybackMonths) },
    { item: text.rows.fromStop, value: monthsOrNever(bill.paybackMonthsFromStop) },
  ];
  return { ok: true, bill, items, path, horizonMonths, lifeEndMonth, downtimeMonths: dark, summary, desc, tableRows };
}
