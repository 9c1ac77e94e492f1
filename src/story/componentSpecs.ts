/**
 * What each story component accepts in MDX, as data: the content check validates chapters
 * against it and EDITING.md documents it. Widgets are described by their registry schemas instead.
 * Keep in step with src/layouts/mdxComponents.ts (a test compares the two).
 */

import type { ComponentSpec } from '@lib/content/contentCheck';

export type { ComponentSpec, PropSpec } from '@lib/content/contentCheck';

const sourceIds = { about: 'one source id from content/sources.json, or several separated by commas', example: 'source="epri-2024"', refers: 'sources' } as const;

export const storyComponents: Record<string, ComponentSpec> = {
  Scrolly: {
    about: 'a scrollytelling section: a sticky graphic beside text steps',
    props: {
      id: { about: 'anchor id, unique in the chapter', example: 'id="staircase"', required: true },
      label: { about: 'what the graphic shows, read by screen readers', example: 'label="The reward staircase"', required: true },
      graphic: { about: 'the widget drawn beside the steps, and once under each step when scrollytelling is off', example: 'graphic="RewardStaircase"', refers: 'widget', required: true },
    },
  },
  Step: { about: 'one text step of a scrollytelling section', props: {}, inside: 'Scrolly' },
  Cite: {
    about: 'a numbered citation linking to the chapter’s source list',
    props: { id: { ...sourceIds, example: 'id="hri-2024-04-01"', required: true } },
  },
  Fact: {
    about: 'a sourced figure from content/facts.json, with its citation',
    props: { id: { about: 'a fact id from content/facts.json or content/facts/*.json', example: 'id="hashprice-2024-04-01"', required: true, refers: 'fact' } },
  },
  Term: {
    about: 'a glossary term: shows its definition on tap, focus or hover',
    props: { id: { about: 'a term id from content/glossary.json', example: 'id="hashprice"', required: true, refers: 'term' } },
  },
  Aside: {
    about: 'a side note set apart from the main text',
    props: { title: { about: 'an optional heading for the note', example: 'title="Why 2,016 blocks?"' } },
  },
  FactCheck: {
    about: 'a correction: what a claim said, and what the evidence says',
    props: {
      claim: { about: 'the claim being checked, in quotes', example: 'claim="A ChatGPT query uses ten times the energy of a web search."', required: true, nonEmpty: true },
      source: { ...sourceIds, required: true },
    },
  },
  Figure: {
    about: 'an image with alt text, caption and credit',
    props: {
      src: { about: 'the image file under public/, starting with /', example: 'src="/images/hall.jpg"', required: true, nonEmpty: true },
      alt: { about: 'what the image shows, for people who cannot see it', example: 'alt="Rows of mining machines in a hall"', required: true, nonEmpty: true },
      caption: { about: 'an optional caption (or write it between the tags)', example: 'caption="A hall in Texas, 2024."' },
      credit: { about: 'the source id of the image', example: 'credit="hri-2024-04-01"', refers: 'sources' },
      width: { about: 'optional width in pixels, to reserve space', example: 'width={1200}' },
      height: { about: 'optional height in pixels, to reserve space', example: 'height={800}' },
    },
  },
  WidgetLink: {
    about: 'a link to a widget in its own chapter, set up at one of its dated presets',
    props: {
      widget: { about: 'the widget’s name, as EDITING.md lists them', example: 'widget="SiteThreeWays"', required: true, refers: 'widget' },
      preset: { about: 'one of the widget’s dated presets, listed with the widget in EDITING.md', example: 'preset="autumn-2025"' },
    },
  },
};
