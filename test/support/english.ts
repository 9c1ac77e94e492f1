/**
 * English left on a Chinese page: the words of three or more Latin letters in a text, less the
 * names, units and symbols a Chinese page keeps as they are. Shared by the Chinese edition's tests.
 */
import { expect } from 'vitest';

/** Kept in Latin letters on Chinese pages: units, symbols, chip and company names, file formats. */
export const KEPT_LATIN = new Set([
  'BTC', 'GPU', 'GPUs', 'ASIC', 'ASICs', 'PUE', 'IRR', 'NPV', 'CSV', 'TFLOPS', 'FLOPS', 'CPU', 'HTML', 'URL', 'API',
  'NVIDIA', 'IREN', 'Cheah', 'CoreWeave', 'Core', 'Scientific', 'TeraWulf', 'Fluidstack', 'Riot', 'Cipher', 'Galaxy',
  'Bitdeer', 'Bitfarms', 'Hut', 'Luxor', 'Hashrate', 'Index', 'Antminer', 'Bitmain', 'Google', 'Gemini', 'OpenAI',
  'ChatGPT', 'Microsoft', 'Amazon', 'Meta', 'Nagel', 'Keynes', 'Lambda', 'Crusoe', 'Applied', 'Digital',
  'Wh', 'kWh', 'MWh', 'TWh', 'kW', 'MW', 'GW', 'TW', 'J/TH', 'TH/s', 'PH/s', 'EH/s', 'ZH/s', 'CO2e', 'Moodle', 'Canvas',
  'Sites', 'Ctrl', 'Mac', 'Blackwell', 'Hopper', 'Muskogee', 'Denton', 'ERCOT', 'PJM', 'Texas', 'Abilene',
]);

/** Latin words of 3+ letters in `text` that a Chinese page should not show, in order of appearance. */
export function englishWords(text: string, alsoKept: Iterable<string> = []): string[] {
  const kept = new Set([...KEPT_LATIN, ...alsoKept]);
  const words = text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  // A chip or model name mixes letters and digits (H100, S19j, B200): matched above only by its letters, so drop those.
  return words.filter((w) => !kept.has(w) && !/^[A-Z]\d/.test(w));
}

/** True when Chinese characters are present. */
export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

const BROKEN = /NaN|undefined|Infinity/;

/**
 * Expects `text` to be Chinese (when `needsChinese`), to read no NaN, and to keep no English word
 * but names and units (`kept`, beside KEPT_LATIN). Fails naming `where` and the words left in it,
 * with a little of the text around the first.
 */
export function expectChinese(where: string, s: string | undefined, { kept = [] as Iterable<string>, needsChinese = true } = {}): void {
  expect(s, where).toBeTypeOf('string');
  const text = s!;
  const near = (i: number) => (text.length > 160 ? `…${text.slice(Math.max(0, i - 60), i + 60)}…` : text);
  expect(text, `${where}: ${near(text.search(BROKEN))}`).not.toMatch(BROKEN);
  const left = englishWords(text, kept);
  expect(left, `${where}: ${near(left.length ? text.indexOf(left[0]!) : 0)}`).toEqual([]);
  if (needsChinese) expect(hasChinese(text), `${where}: ${near(0)}`).toBe(true);
}

/** Every string in a dictionary, with its key path ("text.schema.rent.label"): functions are checked through what they return. */
export const stringLeaves = (o: unknown, path = 'text'): [string, string][] =>
  typeof o === 'string' ? [[path, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => stringLeaves(v, `${path}.${k}`)) : [];
