/**
 * The view model of "One site, three businesses": every number the widget shows, from the
 * core's siteThreeWays (a year of each business) and yearAveragePriceRatios (the range that
 * Bitcoin's price puts around mining). Pure: same values, same output.
 */
import { AI_SITE_OVERHEAD, GPU_POWER_IN_SERVICE, MINING_SITE_OVERHEAD } from '@core/assumptions';
import { profitAtPriceRatio, siteThreeWays, yearAveragePriceRatios, type SiteChoiceYear, type SiteThreeWaysInput } from '@core/siteChoice';
import { money, num, ordinal, pct, usd } from '@lib/widget/format';
import type { Values } from '@lib/widget/params';
import { text } from './i18n';
import type { meta } from './meta';

export type SiteValues = Values<typeof meta.schema>;

/**
 * What the widget holds fixed, each from a sourced fact (see content/facts and facts.md).
 * `note` is the short line the widget prints under the chart.
 */
export const FIXED = {
  /** Cambridge 2024 survey: fleet efficiency 28.2 J/TH (C10). */
  efficiencyJPerTh: 28.2,
  /** Cambridge: all-in operating cost $55.5/MWh less the $45/MWh power median (B26). */
  miningOtherOpexUsdPerMwh: 55.5 - 45,
  /** Shared assumptions (src/core/assumptions.ts): a mine's and an AI site's grid ÷ working power. */
  miningPue: MINING_SITE_OVERHEAD.value,
  aiPue: AI_SITE_OVERHEAD.value,
  /** TeraWulf's guidance: $8–10M per MW of critical IT (E09); the low end. */
  refitUsdPerMwIt: 8e6,
  /** Spread over the 12-year term of the CoreWeave contracts (E01). */
  refitLifeYears: 12,
  /** TeraWulf's guided ~85% operating margin on its leases (E08): overheads 15% of rent. */
  hostingOpexPct: 15,
  /** Power per GPU in service, with its share of the server (shared assumption). */
  gpuPowerW: GPU_POWER_IN_SERVICE.value,
  /** IREN's 1,080 H200s for $43.9M all-in (D11). */
  capexUsdPerGpu: 40_650,
  /** Cheah's five-year life (D10). */
  gpuLifeYears: 5,
  /** Cheah: H100 rent fell at least 40% a year (D17). */
  rentFallShare: 0.4,
} as const;

/** Paths and seed of the mining range: fixed, so the same settings always draw the same range. */
export const MONTE_CARLO = { pathCount: 2000, seed: 2024, percentiles: [5, 50, 95] } as const;

/**
 * The price ratios depend on volatility alone, and the seed is fixed: keep the last answer, so
 * dragging any other slider does not rerun 2,000 simulated years.
 */
let lastRatios: { vol: number; ratios: number[] } | undefined;
function priceRatiosAt(vol: number): number[] {
  if (lastRatios?.vol !== vol) lastRatios = { vol, ratios: yearAveragePriceRatios({ volatilityPctPerYear: vol, ...MONTE_CARLO }) };
  return lastRatios.ratios;
}

export type BusinessId = 'mining' | 'hosting' | 'gpu';

export interface BusinessRow extends Record<string, unknown> {
  id: BusinessId;
  label: string;
  revenueUsd: number;
  powerCostUsd: number;
  otherCostUsd: number;
  /** Refit and hardware written off this year. */
  capexAmortizationUsd: number;
  profitUsd: number;
  /** Low and high end of next year's profit (equal to profit for the fixed contract). */
  lowUsd: number;
  highUsd: number;
  /** Money spent before the first dollar comes in. */
  upfrontUsd: number;
  /** What the range means, in a few words. */
  rangeNote: string;
}

export type SiteView =
  | {
      ok: true;
      rows: BusinessRow[];
      hashrateEhs: number;
      criticalItMw: number;
      gpuCount: number;
      /** Median year of mining in the simulation. */
      miningMedianUsd: number;
      summary: string;
      desc: string;
    }
  | { ok: false; message: string; summary: string };

export function coreInput(v: SiteValues, rentUsdPerGpuHour = v.rent): SiteThreeWaysInput {
  return {
    siteMw: v.mw,
    powerPriceUsdPerKwh: v.power,
    hashpriceUsdPerPhDay: v.hashprice,
    hostingUsdPerKwMonth: v.hosting,
    hostPaysPower: v.payer === 'host',
    rentUsdPerGpuHour,
    utilizationPct: v.util,
    efficiencyJPerTh: FIXED.efficiencyJPerTh,
    miningOtherOpexUsdPerMwh: FIXED.miningOtherOpexUsdPerMwh,
    miningPue: FIXED.miningPue,
    aiPue: FIXED.aiPue,
    refitUsdPerMwIt: FIXED.refitUsdPerMwIt,
    refitLifeYears: FIXED.refitLifeYears,
    hostingOpexPct: FIXED.hostingOpexPct,
    gpuPowerW: FIXED.gpuPowerW,
    capexUsdPerGpu: FIXED.capexUsdPerGpu,
    gpuLifeYears: FIXED.gpuLifeYears,
  };
}

const profitWords = (n: number) => (n >= 0 ? text.makes(money(n)) : text.loses(money(-n)));

function summarize(v: SiteValues, rows: BusinessRow[], gpuCount: number): string {
  const [m, h, g] = rows as [BusinessRow, BusinessRow, BusinessRow];
  return text.summary({
    mw: num(v.mw),
    mining: profitWords(m.profitUsd),
    hashprice: usd(v.hashprice, 2),
    low: money(m.lowUsd),
    high: money(m.highUsd),
    vol: num(v.vol),
    rent: usd(v.hosting),
    hosting: profitWords(h.profitUsd),
    gpus: num(gpuCount),
    gpu: profitWords(g.profitUsd),
    upfront: money(g.upfrontUsd),
  });
}

/** Everything the widget shows. Inputs the core rejects come back as `{ ok: false }`. */
export function compute(v: SiteValues): SiteView {
  try {
    const year = siteThreeWays(coreInput(v));
    const ratios = priceRatiosAt(v.vol);
    const [lowRatio, midRatio, highRatio] = ratios as [number, number, number];
    const [lowPct, , highPct] = MONTE_CARLO.percentiles;
    const gpuLow = siteThreeWays(coreInput(v, v.rent * (1 - FIXED.rentFallShare))).gpu.profitUsd;
    const row = (id: BusinessId, y: SiteChoiceYear, lowUsd: number, highUsd: number, rangeNote: string): BusinessRow => ({
      id,
      label: text.businesses[id],
      revenueUsd: y.revenueUsd,
      powerCostUsd: y.powerCostUsd,
      otherCostUsd: y.otherCostUsd,
      capexAmortizationUsd: y.capexAmortizationUsd,
      profitUsd: y.profitUsd,
      lowUsd,
      highUsd,
      upfrontUsd: y.upfrontUsd,
      rangeNote,
    });
    const rows = [
      row('mining', year.mining, profitAtPriceRatio(year.mining, lowRatio), profitAtPriceRatio(year.mining, highRatio), text.rangeMining({ low: ordinal(lowPct), high: ordinal(highPct), vol: num(v.vol) })),
      row('hosting', year.hosting, year.hosting.profitUsd, year.hosting.profitUsd, text.rangeFixed),
      row('gpu', year.gpu, Math.min(gpuLow, year.gpu.profitUsd), year.gpu.profitUsd, text.rangeRentFall(pct(FIXED.rentFallShare, 0))),
    ];
    const numbers = rows.flatMap((r) => [r.revenueUsd, r.profitUsd, r.lowUsd, r.highUsd, r.upfrontUsd]);
    if (!numbers.every(Number.isFinite)) throw new RangeError(text.tooLarge);
    const summary = summarize(v, rows, year.gpu.gpuCount);
    const desc =
      text.descLead(num(v.mw)) +
      rows
        .map((r) => text.descRow(r.label, money(r.profitUsd)) + (r.lowUsd !== r.highUsd ? text.descRange({ low: money(r.lowUsd), high: money(r.highUsd), note: r.rangeNote }) : ''))
        .join(text.descJoin) +
      text.descEnd;
    return {
      ok: true,
      rows,
      hashrateEhs: year.mining.hashrateEhs,
      criticalItMw: year.hosting.criticalItMw,
      gpuCount: year.gpu.gpuCount,
      miningMedianUsd: profitAtPriceRatio(year.mining, midRatio),
      summary,
      desc,
    };
  } catch (e) {
    if (e instanceof RangeError) {
      const message = text.cannotCalculate(e.message);
      return { ok: false, message, summary: message };
    }
    throw e;
  }
}
