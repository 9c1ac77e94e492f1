/**
 * English left on a Chinese page: the words of three or more Latin letters in a text, less the
 * names, units and symbols a Chinese page keeps as they are. Shared by the Chinese edition's tests.
 */

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
