/**
 * English number agreement, for the English dictionaries only (Chinese has no plural, so no
 * Chinese page loads this). `n` is the number as the page writes it: only "1" is singular, so
 * "1.5 years", "0 months" and "1.0 years" stay plural, as English reads them.
 */

/** "1 month", "12 months"; `many` where the plural is not `one` + "s". */
export const count = (n: string, one: string, many = `${one}s`) => `${n} ${n === '1' ? one : many}`;

/** A unit after its value: a plural noun of one word turns singular after "1" ("1 year",
 * "1 question"); a compound unit ("USD per kWh", "EH/s", "% a year") is left as it is. */
export const unitAfter = (n: string, unit: string) => (n === '1' ? unit.replace(/^([a-z]+)s$/, '$1') : unit);
