/**
 * Reads the `_headers` format (Netlify, Cloudflare Pages): a path pattern on its own line, then
 * indented `Name: value` lines. `*` matches any run of characters. Later rules add to earlier ones.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length) rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

const toRegex = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

export function headersFor(rules, pathname) {
  const out = {};
  for (const r of rules) if (toRegex(r.pattern).test(pathname)) Object.assign(out, r.headers);
  return out;
}
