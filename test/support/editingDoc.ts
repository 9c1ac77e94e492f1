/** The code blocks of EDITING.md, with their info strings ("mdx", "mdx wrong", "text", "sh"). */
import { readFileSync } from 'node:fs';

export interface DocBlock {
  info: string;
  code: string;
}

export const EDITING = 'EDITING.md';

export function docBlocks(doc = readFileSync(EDITING, 'utf8')): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const m of doc.matchAll(/^( *)```([^\n`]*)\n([\s\S]*?)\n\1```$/gm)) {
    const indent = m[1]!.length;
    blocks.push({ info: m[2]!.trim(), code: m[3]!.split('\n').map((l) => l.slice(indent)).join('\n') });
  }
  return blocks;
}

/** Frontmatter that puts a snippet's first line on line 9 of content/chapters/07-your-chapter.mdx. */
export const SNIPPET_FILE = 'content/chapters/07-your-chapter.mdx';
export const snippetChapter = (body: string, order = 7, title = 'Your chapter') =>
  `---\ntitle: "${title}"\nsummary: "A chapter made of the examples in EDITING.md."\norder: ${order}\npublished: 2026-11-25\nasOf: 2024-12\n---\n\n${body}\n`;

/** The whole-chapter examples (they start with frontmatter) and the snippets, which need one. */
export function mdxExamples(doc?: string) {
  const mdx = docBlocks(doc).filter((b) => b.info === 'mdx');
  return { chapters: mdx.filter((b) => b.code.startsWith('---')).map((b) => b.code), snippets: mdx.filter((b) => !b.code.startsWith('---')).map((b) => b.code) };
}
