/**
 * A translated chapter against its English source: the same widgets with the same settings, the
 * same facts, citations and glossary terms, in the same order, and the same frontmatter apart from
 * the words. Only the words between the tags, and attributes that are words (a label, a caption),
 * may differ. Each difference is a problem naming the translation's file and line.
 */
import { scanMdx, type MdxTag } from './mdxTags';
import type { ContentProblem } from './contentCheck';

/** Attributes whose values are words, translated with the prose. */
const WORDS = new Set(['label', 'title', 'alt', 'caption', 'summary', 'claim', 'verdict', 'heading']);
/** Frontmatter fields that are words; every other field must match the English. */
const WORD_FIELDS = new Set(['title', 'summary', 'kicker', 'translates']);

/** A tag as the two editions must share it: its name and its attributes that are not words. */
export function tagKey(t: MdxTag): string {
  const attrs = t.attrs.filter((a) => !WORDS.has(a.name)).map((a) => (a.value.kind === 'flag' ? a.name : `${a.name}=${a.value.kind === 'string' ? JSON.stringify(a.value.text) : `{${a.value.text}}`}`));
  return `<${[t.name, ...attrs].join(' ')}>`;
}

function frontmatter(text: string): Map<string, { value: string; line: number }> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const out = new Map<string, { value: string; line: number }>();
  (m?.[1] ?? '').split(/\r?\n/).forEach((l, i) => {
    const kv = /^(\w+):\s*(.*)$/.exec(l);
    if (kv) out.set(kv[1]!, { value: kv[2]!.trim(), line: i + 2 });
  });
  return out;
}

export function checkTranslation(file: string, text: string, englishFile: string, englishText: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fm = frontmatter(text);
  for (const [key, en] of frontmatter(englishText)) {
    if (WORD_FIELDS.has(key)) continue;
    const ours = fm.get(key);
    if (!ours) problems.push({ file, line: 1, message: `The frontmatter has no "${key}", which the English (${englishFile}:${en.line}) gives as ${en.value}.`, fix: `add the line ${key}: ${en.value}` });
    else if (ours.value !== en.value) problems.push({ file, line: ours.line, message: `"${key}: ${ours.value}" differs from the English (${englishFile}:${en.line}), which says ${en.value}.`, fix: `write ${key}: ${en.value}, as the English does (change both editions together)` });
  }
  const ours = scanMdx(text).tags;
  const theirs = scanMdx(englishText).tags;
  // Tags missing or extra, by count: the clearest message for a dropped fact or a changed setting.
  const count = (tags: MdxTag[]) => tags.reduce((m, t) => m.set(tagKey(t), [...(m.get(tagKey(t)) ?? []), t]), new Map<string, MdxTag[]>());
  const mine = count(ours);
  const english = count(theirs);
  for (const [key, tags] of english) {
    const have = mine.get(key)?.length ?? 0;
    for (const t of tags.slice(have)) problems.push({ file, line: nearestLine(ours, theirs, t), message: `The English has ${key} (${englishFile}:${t.line}), and this translation does not.`, fix: `add ${key} where the English has it, with the same settings` });
  }
  for (const [key, tags] of mine) {
    const have = english.get(key)?.length ?? 0;
    for (const t of tags.slice(have)) problems.push({ file, line: t.line, message: `${key} is not in the English (${englishFile}).`, fix: `remove it, or write the tag exactly as the English has it (only words such as label= and caption= are translated)` });
  }
  if (problems.length) return problems;
  // Same tags: then the same order, so each figure and citation sits in the same passage.
  const i = ours.findIndex((t, k) => tagKey(t) !== tagKey(theirs[k]!));
  if (i >= 0) problems.push({ file, line: ours[i]!.line, message: `${tagKey(ours[i]!)} comes where the English (${englishFile}:${theirs[i]!.line}) has ${tagKey(theirs[i]!)}.`, fix: 'keep the tags in the order the English has them, so each figure and citation stays in its passage' });
  return problems;
}

/** Where a tag missing from the translation belongs: the line of the translation's tag that matches the one before it in the English. */
function nearestLine(ours: MdxTag[], theirs: MdxTag[], missing: MdxTag): number {
  const k = theirs.indexOf(missing);
  for (let j = k - 1; j >= 0; j--) {
    const before = ours.find((t) => tagKey(t) === tagKey(theirs[j]!));
    if (before) return before.line;
  }
  return 1;
}
