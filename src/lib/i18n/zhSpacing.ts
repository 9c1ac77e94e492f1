/**
 * Chinese text with values in it, spaced as Chinese typesetting wants (盘古之白): a space where a
 * Latin letter or digit meets a Chinese character across a value's edge, and none elsewhere, so a
 * dictionary can write `zh\`签约于${date}，由${name}兜底\`` whatever the values turn out to be
 * ("签约于 2025年9月25日，由 Google 兜底"; a name ending in Chinese gets no space). Text inside the
 * template's own words is left as written.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

/** `a` + `b`, with a space between if one ends in a Latin letter or digit and the other starts with a Chinese character. */
export function joinSpaced(a: string, b: string): string {
  const x = a.at(-1);
  const y = b[0];
  if (!x || !y) return a + b;
  return (LATIN.test(x) && HAN.test(y)) || (HAN.test(x) && LATIN.test(y)) ? `${a} ${b}` : a + b;
}

/** Tagged template: `zh\`一份${noun}\`` spaces each value from the words around it as needed. */
export function zh(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let out = strings[0]!;
  values.forEach((v, i) => (out = joinSpaced(joinSpaced(out, String(v)), strings[i + 1]!)));
  return out;
}
