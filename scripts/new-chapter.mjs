#!/usr/bin/env node
/**
 * `npm run new:chapter -- "Title"`: creates content/chapters/NN-slug.mdx with the next order
 * number and a commented skeleton, then prints the preview URL. Add `--draft` to start it as a
 * draft (shown by `npm run dev`, left out of the published site). Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'content/chapters';

/** "The Halving's Squeeze!" → "the-halvings-squeeze". */
export function slugify(title) {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The highest `order:` in the chapters' frontmatter, or 0. */
export function maxOrder(dir) {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.mdx')) continue;
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'));
    const order = Number(/^order:\s*(\d+)\s*$/m.exec(fm?.[1] ?? '')?.[1]);
    if (Number.isInteger(order) && order > max) max = order;
  }
  return max;
}

export function skeleton({ title, order, draft, today }) {
  const quoted = JSON.stringify(title);
  return `---
# The frontmatter: facts about the chapter. EDITING.md explains every field.
title: ${quoted}
# One line shown under the title and in the chapter list (10 to 200 characters).
summary: "Say here, in one line, what the reader will learn in this chapter."
# The chapter's place in the story. Each chapter needs its own number.
order: ${order}
# true hides the chapter from the published site; npm run dev still shows it.
draft: ${draft}
published: ${today}
# The month the chapter's figures describe, shown under the title: "Figures as of …".
asOf: ${today.slice(0, 7)}
# kicker: "A short label shown above the title"
---

Write the chapter here, in plain paragraphs. Leave a blank line between paragraphs.

## A section heading

{/*
  Everything between these comment marks is hidden from readers: copy what you need above it.
  Each example is explained in EDITING.md, with the ids you can use.

  A sourced number:        Hashprice fell to <Fact id="hashprice-2024-04-01" />.
  A citation:              As Hashrate Index reported.<Cite id="hri-2024-04-01" />
  A glossary term:         Miners watch <Term id="hashprice">hashprice</Term> closely.
  A side note:             <Aside title="Why it matters">Text of the note.</Aside>
  A correction:            <FactCheck claim="What the claim said." source="hri-2024-04-01">What the evidence says.</FactCheck>
  An image (in public/):   <Figure src="/images/name.jpg" alt="What the image shows" caption="Caption." />
  A widget:                <SqueezeCalculator />
  A widget set up:         <SqueezeCalculator power={0.06} />

  A scrollytelling section (its graphic is a widget made to follow steps):
  <Scrolly id="my-section" label="What the graphic shows" graphic="RewardStaircase">
    <Step>The first step's text.</Step>
    <Step>The second step's text.</Step>
  </Scrolly>
*/}
`;
}

function main(argv) {
  const draft = argv.includes('--draft');
  const title = argv.filter((a) => a !== '--draft').join(' ').trim();
  if (!title) {
    console.error('Give the chapter a title: npm run new:chapter -- "The title of the chapter"');
    return 1;
  }
  const slug = slugify(title);
  if (!slug) {
    console.error(`Could not make a file name from "${title}": use a title with some letters or numbers in it.`);
    return 1;
  }
  const order = maxOrder(DIR) + 1;
  const file = join(DIR, `${String(order).padStart(2, '0')}-${slug}.mdx`);
  const clash = existsSync(DIR) && readdirSync(DIR).find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (existsSync(file) || clash) {
    console.error(`A chapter called "${slug}" already exists (${join(DIR, clash || file)}): choose another title, or edit that file.`);
    return 1;
  }
  mkdirSync(DIR, { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(file, skeleton({ title, order, draft, today }), { flag: 'wx' });
  console.log(`Created ${file} (chapter ${order}${draft ? ', a draft' : ''}).`);
  console.log('');
  console.log('Preview it: run');
  console.log('  npm run dev');
  console.log(`and open http://localhost:4321/chapters/${slug}/`);
  console.log('');
  console.log('EDITING.md shows everything a chapter can use.');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
