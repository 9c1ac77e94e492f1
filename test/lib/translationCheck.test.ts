import { describe, expect, it } from 'vitest';
import { checkTranslation } from '@lib/content/translationCheck';
import { formatProblem } from '@lib/content/contentCheck';

const EN = `---
title: "The squeeze"
summary: "How the halving squeezed miners."
order: 1
published: 2026-11-25
asOf: 2024-12
---

## Wages

Hashprice was <Fact id="hashprice-2024-04-01" />.<Cite id="hri" />

<SqueezeCalculator power={0.06} />

<Scrolly id="s" label="The staircase" graphic="RewardStaircase">
  <Step>A <Term id="halving">halving</Term>.</Step>
</Scrolly>
`;

/** The Chinese file as a translator should write it: words changed, tags and settings as they are. */
const ZH = EN.replace('"The squeeze"', '"减半之困"').replace('"How the halving squeezed miners."', '"减半如何挤压矿企。"').replace('## Wages', '## 工资')
  .replace('Hashprice was', '哈希价格为').replace('label="The staircase"', 'label="阶梯"').replace('>halving<', '>减半<').replace('A <Term', '一次<Term')
  .replace('asOf: 2024-12', 'asOf: 2024-12\ntranslates: 016d989');

const check = (zh: string) => checkTranslation('content/zh/chapters/01-x.mdx', zh, 'content/chapters/01-x.mdx', EN).map(formatProblem);

describe('a translated chapter against its English (checkTranslation)', () => {
  it('accepts translated words, a translated label and the translates: field', () => expect(check(ZH)).toEqual([]));

  it('names a dropped fact, with the English line and where it belongs', () => {
    expect(check(ZH.replace('<Fact id="hashprice-2024-04-01" />', ''))).toEqual([
      'content/zh/chapters/01-x.mdx:1 — The English has <Fact id="hashprice-2024-04-01"> (content/chapters/01-x.mdx:11), and this translation does not. Fix: add <Fact id="hashprice-2024-04-01"> where the English has it, with the same settings',
    ]);
  });

  it('names a widget with other settings, and an extra citation, at their lines', () => {
    const problems = check(ZH.replace('power={0.06}', 'power={0.07}').replace('<Cite id="hri" />', '<Cite id="hri" /><Cite id="other" />'));
    expect(problems).toContain('content/zh/chapters/01-x.mdx:14 — <SqueezeCalculator power={0.07}> is not in the English (content/chapters/01-x.mdx). Fix: remove it, or write the tag exactly as the English has it (only words such as label= and caption= are translated)');
    expect(problems.some((p) => p.startsWith('content/zh/chapters/01-x.mdx:12 — <Cite id="other">'))).toBe(true);
    expect(problems.some((p) => p.includes('The English has <SqueezeCalculator power={0.06}>'))).toBe(true);
  });

  it('names tags in another order, and frontmatter that must match', () => {
    const swapped = ZH.replace('<Fact id="hashprice-2024-04-01" />.<Cite id="hri" />', '<Cite id="hri" />。<Fact id="hashprice-2024-04-01" />');
    expect(check(swapped)[0]).toMatch(/^content\/zh\/chapters\/01-x\.mdx:12 — <Cite id="hri"> comes where the English \(content\/chapters\/01-x\.mdx:11\) has <Fact id="hashprice-2024-04-01">\./);
    expect(check(ZH.replace('order: 1', 'order: 2'))).toEqual([
      'content/zh/chapters/01-x.mdx:4 — "order: 2" differs from the English (content/chapters/01-x.mdx:4), which says 1. Fix: write order: 1, as the English does (change both editions together)',
    ]);
  });
});
