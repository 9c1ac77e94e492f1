/**
 * The style rules a built page carries, each flattened with the at-rules around it
 * ("@media (min-width: 60rem) > .a{…}"), so a rule repeated anywhere on the page (in the same or
 * another <style>) shows up as the same string twice. Comments are dropped; strings are kept.
 */

/** Index just past the block that opens at `css[start] === '{'`, minding strings. */
function blockEnd(css, start) {
  let depth = 0;
  let quote = null;
  for (let i = start; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/** At-rules whose blocks hold rules rather than declarations. */
const GROUPING = /^@(media|supports|layer|container|document|scope)\b/;

export function cssRules(css, context = '') {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    // A statement at-rule (@import …;) before the next block.
    if (semi >= 0 && (open < 0 || semi < open)) {
      const statement = css.slice(i, semi).trim();
      if (statement) rules.push(`${context}${statement};`);
      i = semi + 1;
      continue;
    }
    if (open < 0) break;
    const prelude = css.slice(i, open).trim().replace(/\s+/g, ' ');
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end - 1);
    if (GROUPING.test(prelude)) rules.push(...cssRules(body, `${context}${prelude} > `));
    else rules.push(`${context}${prelude}{${body.trim()}}`);
    i = end;
  }
  return rules;
}

/** Every rule in the page's <style> elements, in order. */
export const styleRules = (html) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].flatMap((m) => cssRules(m[1]));

/** Rules that appear more than once on the page, with how often. */
export function repeatedRules(html) {
  const counts = new Map();
  for (const r of styleRules(html)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([rule, times]) => ({ rule, times }));
}
