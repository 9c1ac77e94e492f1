/**
 * The numbers a readout's text carries, read the same way from either edition, so the two can be
 * compared: "$4.35M" and "435万美元" are both 4,350,000; "9.7 billion" and "97亿" 9.7 × 10^9;
 * "33rd" and "第33" 33; "12.5%" 12.5; a year or a month is read as its digits ("April 2024" and
 * "2024年4月" give 2024, and 4 in Chinese only, so months are dropped: see below).
 */
const MULT: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

const NUMBER = /([−-]?)\u2060?\$?(\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|万|thousand|million|billion|trillion|[KMBT](?![A-Za-z]))?/g;

/** Every number in a text, scaled by its word or letter (万, 亿, M, billion), in order. */
export function numbersIn(text: string): number[] {
  // Chinese dates carry the month and day as numbers ("2024年4月20日"); English names them. Keep the year only.
  const plain = text.replace(/(\d{4})年\d{1,2}月(?:\d{1,2}日)?/g, '$1年');
  return [...plain.matchAll(NUMBER)].map((m) => {
    const v = Number(m[2]!.replace(/,/g, '')) * (m[3] ? MULT[m[3]]! : 1);
    return m[1] ? -v : v;
  });
}

/** English text with its day-of-month numbers dropped too ("April 20, 2024", "16 Sep 2024"), to match numbersIn's Chinese. */
export function englishNumbersIn(text: string): number[] {
  const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
  const plain = text
    .replace(new RegExp(`\\b(${months})\\.? (\\d{1,2}), (\\d{4})`, 'g'), '$3')
    .replace(new RegExp(`\\b(\\d{1,2}) (${months})\\.? (\\d{4})`, 'g'), '$3');
  return numbersIn(plain);
}

/**
 * The same numbers, to one part in a million (both editions round to the same digits), in any
 * order: a Chinese sentence may name them in another order than the English one.
 */
export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  const [x, y] = [[...a].sort((p, q) => p - q), [...b].sort((p, q) => p - q)];
  return x.length === y.length && x.every((v, i) => Math.abs(v - y[i]!) <= 1e-6 * Math.max(1, Math.abs(v)));
}
