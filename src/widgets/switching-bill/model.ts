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

const months = (m: number) => `${num(m, 0)} month${Math.round(m) === 1 ? '' : 's'}`;

/** The readouts' texts, which the sentence repeats: "$3.3 billion", "54 months after switch-on", … */
export function billPhrases(bill: SwitchingBill): Record<'gpus' | 'capexPerMw' | 'total' | 'net' | 'payback' | 'fromStop' | 'mining', string> {
  return {
    gpus: num(bill.gpuCount),
    capexPerMw: `${usdWords(bill.capexUsdPerSiteMw)} per MW`,
    total: usdWords(bill.totalUsd),
    net: `${usdWords(bill.aiNetUsdPerMonth)} a month`,
    payback: bill.paybackMonths === null ? 'never' : `${months(bill.paybackMonths)} after switch-on`,
    fromStop: bill.paybackMonthsFromStop === null ? 'never' : `${months(bill.paybackMonthsFromStop)} after mining stops`,
    mining: `${usdWords(bill.miningMarginUsdPerMonth)} a month`,
  };
}

/** The verdict sentence: whether the bill is repaid within the GPUs' working life. */
export function verdictText(b: SwitchingBill): string {
  if (b.paybackMonths === null) return 'Never: at this rent the GPUs don’t cover their own power.';
  if (b.paybackMonths <= GPU_LIFE_MONTHS) return `Repaid ${num(GPU_LIFE_MONTHS - b.paybackMonths, 0)} months before the GPUs’ ${GPU_LIFE_YEARS}-year life ends.`;
  return `Not repaid within the GPUs’ ${GPU_LIFE_YEARS}-year life: ${num(b.paybackMonths - GPU_LIFE_MONTHS, 0)} months short.`;
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
    if (e instanceof RangeError) return { ok: false, message: `These inputs can’t be computed (${e.message}). Reset the sliders to continue.` };
    throw e;
  }
  const dark = v.downtimeMonths;
  const items: BillItem[] = [
    { id: 'gpus', label: 'GPUs, servers', long: 'GPUs, servers and network', usd: bill.gpuCapexUsd, color: 'var(--accent-2)' },
    { id: 'building', label: 'Building', long: 'Building and liquid cooling', usd: bill.facilityCapexUsd, color: 'var(--accent-3)' },
    { id: 'lost', label: 'Lost mining', long: 'Mining margin lost while dark', usd: bill.lostMarginUsd, color: 'var(--accent)' },
    { id: 'resale', label: 'ASICs sold', long: 'Old ASICs sold (a credit)', usd: -bill.asicResaleUsd, color: 'var(--good)' },
    { id: 'total', label: 'Total', long: 'Total bill', usd: bill.totalUsd, color: 'var(--fg)' },
  ];
  const lifeEndMonth = dark + GPU_LIFE_MONTHS;
  const horizonMonths = Math.ceil(Math.max(lifeEndMonth + 6, (bill.paybackMonthsFromStop ?? 0) * 1.1));
  const path = Array.from({ length: horizonMonths + 1 }, (_, month) => ({ month, cashUsd: switchingCashUsd(bill, dark, month) }));

  const phrases = billPhrases(bill);
  const verdict = verdictText(bill);
  const repaid =
    bill.paybackMonths === null
      ? 'At that rent the GPUs don’t even cover their own power, so the bill is never repaid.'
      : `Rented at ${usd(v.rent, 2)} an hour for ${num(v.utilizationPct)}% of hours, they clear ${phrases.net} after power, so the bill is repaid ${phrases.payback} (${phrases.fromStop}). ${verdict}`;
  const summary =
    `Turning a ${num(v.siteMw)} MW mine into an AI site fits ${phrases.gpus} GPUs and costs ${phrases.total} in all, ` +
    `${phrases.capexPerMw} of the site in new equipment and buildings. ${repaid}`;
  const desc =
    `Cumulative cash of the switch, month by month after mining stops: ${usdWords(path[0]!.cashUsd)} at month 0, ` +
    `${usdWords(switchingCashUsd(bill, dark, dark))} when the GPUs switch on at month ${dark}, ` +
    `${usdWords(path[path.length - 1]!.cashUsd)} at month ${horizonMonths}. GPU life ends at month ${lifeEndMonth}. ` +
    (bill.paybackMonthsFromStop === null ? 'It never reaches zero.' : `It reaches zero at month ${num(bill.paybackMonthsFromStop, 0)}.`);
  const tableRows = [
    ...items.map((i) => ({ item: i.long, value: usd(i.usd) })),
    { item: 'GPUs that fit', value: phrases.gpus },
    { item: 'New equipment and buildings per MW of site', value: usd(bill.capexUsdPerSiteMw) },
    { item: 'Mining margin per month, before the switch', value: usd(bill.miningMarginUsdPerMonth) },
    { item: 'GPU rent per month', value: usd(bill.aiRevenueUsdPerMonth) },
    { item: 'GPU power per month', value: usd(bill.aiPowerCostUsdPerMonth) },
    { item: 'Net rent per month', value: usd(bill.aiNetUsdPerMonth) },
    { item: 'Payback after switch-on', value: bill.paybackMonths === null ? 'never' : `${num(bill.paybackMonths, 1)} months` },
    { item: 'Payback after mining stops', value: bill.paybackMonthsFromStop === null ? 'never' : `${num(bill.paybackMonthsFromStop, 1)} months` },
  ];
  return { ok: true, bill, items, path, horizonMonths, lifeEndMonth, downtimeMonths: dark, summary, desc, tableRows };
}
