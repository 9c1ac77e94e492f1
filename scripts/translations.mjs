#!/usr/bin/env node
/**
 * Which translated chapters are behind their English: each content/<lang>/chapters/*.mdx names in
 * its frontmatter (`translates:`) the commit of the English chapter it translates; a chapter is
 * stale when the English file differs from that commit, working tree included.
 * `npm run translations` lists them with the sections whose text changed; the Chinese build warns
 * on each and the chapter tells its readers (src/site/translations.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** "## Heading" → its text, and the lines under it, for the English at either version. */
function sections(text) {
  const out = new Map();
  let name = '(before the first heading)';
  for (const line of text.split('\n')) {
    const h = /^#{2,3}\s+(.*)$/.exec(line);
    if (h) name = h[1].trim();
    out.set(name, `${out.get(name) ?? ''}${line}\n`);
  }
  return out;
}

/**
 * Every translated chapter of `lang`: its file, its English file, the commit it translates, and
 * whether it is stale, with the English sections added, removed or changed since.
 * `known: false` when git or the commit is unavailable (a copy without history).
 */
export function translationStatus(lang = 'zh', root = '.') {
  const dir = join(root, 'content', lang, 'chapters');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((name) => {
    const file = `content/${lang}/chapters/${name}`;
    const english = `content/chapters/${name}`;
    const translates = /^translates:\s*([0-9a-f]{7,40})\s*$/m.exec(readFileSync(join(root, file), 'utf8'))?.[1];
    const status = { file, english, translates, known: false, stale: false, changedSections: [] };
    if (!translates || !existsSync(join(root, english))) return status;
    let then;
    try {
      then = git(['show', `${translates}:${english}`], root);
    } catch {
      return status;
    }
    const now = readFileSync(join(root, english), 'utf8');
    status.known = true;
    status.stale = then !== now;
    if (status.stale) {
      const a = sections(then);
      const b = sections(now);
      for (const [h, body] of b) if (a.get(h) !== body) status.changedSections.push(a.has(h) ? h : `${h} (new)`);
      for (const h of a.keys()) if (!b.has(h)) status.changedSections.push(`${h} (removed)`);
    }
    return status;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = translationStatus('zh');
  const stale = all.filter((s) => s.stale);
  const unknown = all.filter((s) => !s.known);
  for (const s of stale) console.log(`${s.file} is behind ${s.english} (translates ${s.translates}); English sections changed since:\n${s.changedSections.map((h) => `  - ${h}`).join('\n')}`);
  for (const s of unknown) console.log(`${s.file}: cannot tell (${s.translates ? `commit ${s.translates} not found` : 'no translates: field in its frontmatter'}).`);
  if (!stale.length && !unknown.length) console.log(`All ${all.length} Chinese chapters translate their English as it is now.`);
}
