/**
 * How a fact reads in the prose, and, for a computed fact, the sentence its popover gives about
 * how it was worked out. Pure, so tests can check every fact without a build.
 */
import { derivationInputs, type Derive, type FactRefs } from './derivedFacts';
import { factFunctions } from './factFunctions';
import { formatOptions, fullDate, nf, ordinal } from '../widget/format';
import { contentText } from './i18n';

export interface FormattableFact {
  label: string;
  value: number | string;
  kind?: 'number' | 'date' | 'text' | 'ordinal';
  format?: Record<string, unknown>;
  suffix?: string;
  unit?: string;
  derive?: Derive;
}

/**
 * Formats a fact the way prose shows it, e.g. "$108.6 per PH/s per day"; a number of kind
 * "ordinal" is rounded to a whole number and read as one, "33rd percentile", as widgets write it.
 */
export function formatFact(f: FormattableFact): string {
  if (typeof f.value === 'string') {
    if (f.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      return fullDate(f.value);
    }
    return f.value + (f.suffix ?? '');
  }
  if (f.kind === 'ordinal') return ordinal(f.value) + (f.suffix ?? '');
  // A block height is a name, not an amount: never rounded to 万 (第840,000个区块).
  return formatOptions(f.value, (f.format ?? {}) as Intl.NumberFormatOptions, { exact: f.unit === 'block height' }) + (f.suffix ?? '');
}

/**
 * "Computed by the core's minerDay (revenueUsd) from: Hashprice, 1 April 2024, $108.6 per PH/s
 * per day; Antminer S19j Pro hashrate (hardware catalog), 104 TH/s." Undefined for a typed fact.
 */
export function computedNote(f: FormattableFact, facts: ReadonlyMap<string, FormattableFact & { id: string }>, refs: FactRefs): string | undefined {
  if (!f.derive) return undefined;
  const fn = factFunctions[f.derive.fn];
  const by = fn?.core ? contentText.byCore(fn.core) : contentText.byArithmetic;
  const what = f.derive.pick ? contentText.pick(f.derive.pick) : '';
  const inputs = derivationInputs(f.derive, facts, refs).map((i) => {
    const fact = i.factId ? facts.get(i.factId) : undefined;
    const shown = fact ? formatFact(fact) : i.text ?? (typeof i.value === 'number' ? nf({ maximumFractionDigits: 3 }).format(i.value) : i.value);
    return i.label === i.arg ? `${i.arg} = ${shown}` : contentText.inputNamed(i.label, shown);
  });
  return contentText.computedBy(by, what, inputs);
}
