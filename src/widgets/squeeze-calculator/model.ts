/**
 * The squeeze calculator's view model: one pure function from the widget's values to every
 * number it shows, for the chosen machine and for the whole ASIC catalog, before and after the
 * April 2024 halving. Network hashrate, BTC price and fees (in BTC) are held equal on both sides,
 * so the only change is the subsidy.
 */
import { HALVINGS, hashpriceUsdPerPhDay } from '@core/bitcoin';
import { ASIC_MODELS, type AsicModel } from '@core/catalog';
import { breakevenPowerPriceUsdPerKwh, minerDay, type MinerDay } from '@core/mining';
import { usd } from '@lib/widget/format';
import { text } from './i18n';

export interface SqueezeInput {
  /** ASIC id from the catalog. */
  model: string;
  /** Power price, USD per kWh. */
  power: number;
  /** BTC price, USD. */
  btc: number;
  /** Network hashrate, EH/s. */
  hashrate: number;
  /** Average fees, BTC per block. */
  fees: number;
  /** Pool fee, %. */
  pool: number;
}

/** One side of the halving for the chosen machine. */
export interface Side {
  subsidyBtc: number;
  hashpriceUsdPerPhDay: number;
  day: MinerDay;
  breakevenUsdPerKwh: number;
}

/** One catalog machine at the current inputs. */
export interface FleetRow extends Record<string, unknown> {
  id: string;
  name: string;
  /** Name without the maker, for chart labels ("S19j Pro"). */
  shortName: string;
  efficiencyJPerTh: number;
  profitBeforeUsd: number;
  profitAfterUsd: number;
  breakevenAfterUsdPerKwh: number;
  selected: boolean;
}

export type Squeeze =
  | { ok: true; model: AsicModel; before: Side; after: Side; fleet: FleetRow[]; underwaterAfter: number }
  | { ok: false; message: string };

/** The April 2024 halving (block 840,000): 6.25 → 3.125 BTC. */
export const HALVING_2024 = HALVINGS.find((h) => h.epoch === 4)!;

function side(m: AsicModel, subsidyBtc: number, v: SqueezeInput): Side {
  const hashprice = hashpriceUsdPerPhDay({ btcPriceUsd: v.btc, networkHashrateEhs: v.hashrate, blockSubsidyBtc: subsidyBtc, feesBtcPerBlock: v.fees });
  const day = minerDay({ hashrateThs: m.hashrateThs, powerW: m.powerW, powerPriceUsdPerKwh: v.power, hashpriceUsdPerPhDay: hashprice, poolFeePct: v.pool });
  const breakevenUsdPerKwh = breakevenPowerPriceUsdPerKwh({ efficiencyJPerTh: m.efficiencyJPerTh, hashpriceUsdPerPhDay: hashprice, poolFeePct: v.pool });
  return { subsidyBtc, hashpriceUsdPerPhDay: hashprice, day, breakevenUsdPerKwh };
}

const shortName = (name: string) => name.replace(/^Antminer\s+/, '');

function allFinite(values: readonly number[]): boolean {
  return values.every(Number.isFinite);
}

/**
 * Everything the calculator shows. Inputs the core rejects (a RangeError) come back as
 * `{ ok: false, message }`, so the view shows a sentence instead of NaN.
 */
export function compute(v: SqueezeInput): Squeeze {
  try {
    const model = ASIC_MODELS.find((m) => m.id === v.model);
    if (!model) throw new RangeError(`${text.unknownModel(ASIC_MODELS.map((m) => m.id).join(', '))}, got ${JSON.stringify(v.model)}`);
    const { subsidyBtcBefore, subsidyBtcAfter } = HALVING_2024;
    const before = side(model, subsidyBtcBefore, v);
    const after = side(model, subsidyBtcAfter, v);
    const fleet = ASIC_MODELS.map((m): FleetRow => {
      const b = side(m, subsidyBtcBefore, v);
      const a = side(m, subsidyBtcAfter, v);
      return {
        id: m.id,
        name: m.name,
        shortName: shortName(m.name),
        efficiencyJPerTh: m.efficiencyJPerTh,
        profitBeforeUsd: b.day.profitUsd,
        profitAfterUsd: a.day.profitUsd,
        breakevenAfterUsdPerKwh: a.breakevenUsdPerKwh,
        selected: m.id === model.id,
      };
    });
    const numbers = [before, after].flatMap((s) => [s.hashpriceUsdPerPhDay, s.day.revenueUsd, s.day.powerCostUsd, s.day.profitUsd, s.breakevenUsdPerKwh]);
    const fleetNumbers = fleet.flatMap((r) => [r.profitBeforeUsd, r.profitAfterUsd, r.breakevenAfterUsdPerKwh]);
    if (!allFinite([...numbers, ...fleetNumbers])) throw new RangeError(text.tooLarge);
    const underwaterAfter = fleet.filter((r) => r.profitAfterUsd < 0).length;
    return { ok: true, model, before, after, fleet, underwaterAfter };
  } catch (e) {
    // The core's message names the rule broken; its ", got <value>" tail could show "NaN", so it is cut.
    if (e instanceof RangeError) {
      const rule = e.message.replace(/, got .*$/s, '');
      return { ok: false, message: text.cannotCalculate(rule) };
    }
    throw e;
  }
}

const profitPhrase = (usdPerDay: number) => (usdPerDay >= 0 ? text.profit(usd(usdPerDay, 2)) : text.loss(usd(-usdPerDay, 2)));

/** The result in two sentences, for the live summary. */
export function squeezeSummary(s: Squeeze, v: SqueezeInput): string {
  if (!s.ok) return s.message;
  return text.summary({
    power: usd(v.power, 3),
    machine: s.model.name,
    before: profitPhrase(s.before.day.profitUsd),
    after: profitPhrase(s.after.day.profitUsd),
    breakeven: usd(s.after.breakevenUsdPerKwh, 3),
    underwater: text.underwater(s.underwaterAfter, s.fleet.length),
  });
}
