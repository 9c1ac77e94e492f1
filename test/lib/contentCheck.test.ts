import { describe, expect, it } from 'vitest';
import { chapterSettings, checkChapter, formatProblem, problemsMessage, type ContentLookups } from '@lib/content/contentCheck';
import { choiceParam, numberParam } from '@lib/widget/params';
import { storyComponents } from '@story/componentSpecs';

const lookups: ContentLookups = {
  sources: new Set(['hri-2024-04-01', 'epri-2024']),
  facts: new Set(['hashprice-2024-04-01']),
  terms: new Set(['hashprice', 'halving']),
  components: storyComponents,
  widgets: {
    SqueezeCalculator: chapterSettings({
      schema: {
        power: numberParam({ key: 'power', label: 'Power price', unit: 'USD per kWh', min: 0.01, max: 0.3, step: 0.005, default: 0.045 }),
        model: choiceParam({ key: 'model', label: 'Machine', options: [{ value: 's21', label: 'S21' }, { value: 's19j-pro', label: 'S19j Pro' }], default: 's21' }),
      },
      presets: [{ id: 'nov-2025', label: 'November 2025', values: { power: 0.06 }, sources: [], basis: 'b' }],
    }),
    RewardStaircase: {},
  },
  publicFile: (p) => p === '/images/hall.jpg',
};
const FILE = 'content/chapters/09-test.mdx';
const FM = '---\ntitle: "T"\nsummary: "A summary line."\norder: 9\npublished: 2026-11-25\n---\n';
const check = (body: string) => checkChapter(FILE, FM + body, lookups);
/** "line: message" of each problem: the frontmatter takes lines 1–6, so the body starts on line 7. */
const brief = (body: string) => check(body).map((p) => `${p.line}: ${p.message}`);

describe('checkChapter', () => {
  it('finds nothing wrong in a chapter using every component correctly', () => {
    const body = `
Hashprice was <Fact id="hashprice-2024-04-01" />.<Cite id="hri-2024-04-01, epri-2024" /> Read about the <Term id="halving">halving</Term> and <Term id="hashprice" />.

<Aside title="A detour">Text.</Aside>

<FactCheck claim="Ten times a search." source="epri-2024">Less than that.</FactCheck>

<Figure src="/images/hall.jpg" alt="A hall of machines" caption="A hall." credit="hri-2024-04-01" width={1200} height={800} />

![A hall of machines](/images/hall.jpg)

<SqueezeCalculator power={0.06} model="s19j-pro" />

<SqueezeCalculator preset="nov-2025" still />

<Scrolly id="s" label="Steps" graphic="RewardStaircase">
  <Step>One.</Step>
</Scrolly>
`;
    expect(check(body)).toEqual([]);
  });

  const cases: { name: string; body: string; expected: string[] }[] = [
    { name: 'an unknown source id, with a suggestion', body: 'x<Cite id="hri-2024-04-1" />', expected: ['7: Unknown source id "hri-2024-04-1" in <Cite>. Did you mean "hri-2024-04-01"?'] },
    { name: 'each unknown id of a comma list', body: '\n<Cite id="epri-2024, nope, nada" />', expected: ['8: Unknown source id "nope" in <Cite>.', '8: Unknown source id "nada" in <Cite>.'] },
    { name: 'an unknown fact id', body: '<Fact id="no-such-fact" />', expected: ['7: Unknown fact id "no-such-fact" in <Fact>.'] },
    { name: 'an unknown glossary term', body: '<Term id="hash-price">h</Term>', expected: ['7: Unknown glossary term "hash-price" in <Term>. Did you mean "hashprice"?'] },
    { name: 'an id given as an expression', body: '<Fact id={x} />', expected: ['7: <Fact id={x}> needs the id in quotes.'] },
    { name: 'an unknown component, with a suggestion', body: '<Fakt id="a" />', expected: ['7: Unknown component <Fakt>. Did you mean <Fact>?'] },
    { name: 'an unknown prop of a story component', body: '<Fact ids="hashprice-2024-04-01" />', expected: ['7: <Fact> has no prop "ids". Did you mean "id"?', '7: <Fact> is missing its id.'] },
    { name: 'a missing required prop', body: '<Scrolly id="s" graphic="RewardStaircase">\n<Step>a</Step>\n</Scrolly>', expected: ['7: <Scrolly> is missing its label.'] },
    { name: 'a step outside a scrolly section', body: '<Step>a</Step>', expected: ['7: <Step> is not inside a <Scrolly> section.'] },
    { name: 'two scrolly sections with one id', body: '<Scrolly id="s" label="a" graphic="RewardStaircase">\n</Scrolly>\n<Scrolly id="s" label="b" graphic="RewardStaircase">\n</Scrolly>', expected: ['9: Two <Scrolly> sections have id "s" (the first is on line 7).'] },
    { name: 'an unknown widget setting, on its own line', body: '<SqueezeCalculator\n  powr={0.05}\n/>', expected: ['8: <SqueezeCalculator> has no setting "powr". Did you mean "power"?'] },
    { name: 'a widget number above its range', body: '<SqueezeCalculator power={5} />', expected: ['7: <SqueezeCalculator power={5}> is above the highest allowed Power price.'] },
    { name: 'a widget number below its range', body: '<SqueezeCalculator power="0" />', expected: ['7: <SqueezeCalculator power="0"> is below the lowest allowed Power price.'] },
    { name: 'a widget number that is not a number', body: '<SqueezeCalculator power="cheap" />', expected: ['7: <SqueezeCalculator power="cheap">: Power price must be a number.'] },
    { name: 'a dated preset the widget does not have', body: '<SqueezeCalculator preset="nov-2024" />', expected: ['7: <SqueezeCalculator preset="nov-2024"> is not one of the choices for Dated preset. Did you mean "nov-2025"?'] },
    { name: 'a widget choice not among the options', body: '<SqueezeCalculator model="s19j" />', expected: ['7: <SqueezeCalculator model="s19j"> is not one of the choices for Machine. Did you mean "s19j-pro"?'] },
    { name: 'a still given a value', body: '<SqueezeCalculator still="yes" />', expected: ['7: <SqueezeCalculator still="yes">: still takes no value.'] },
    { name: 'a client directive on a widget', body: '<SqueezeCalculator client:visible />', expected: ['7: <SqueezeCalculator client:visible>: widgets load themselves when the reader scrolls near them.'] },
    { name: 'the old sticky-graphic form, which is gone', body: '<RewardStaircase slot="graphic" scrolly />', expected: ['7: <RewardStaircase> has no setting "slot".', '7: <RewardStaircase> has no setting "scrolly".'] },
    { name: 'a scrolly section without its graphic', body: '<Scrolly id="s" label="a">\n<Step>a</Step>\n</Scrolly>', expected: ['7: <Scrolly> is missing its graphic.'] },
    { name: 'a markdown image without alt text', body: 'a\n\n![](/images/hall.jpg)', expected: ['9: An image has no alt text: ![](…).'] },
    { name: 'a figure without alt text', body: '<Figure src="/images/hall.jpg" />', expected: ['7: <Figure> has no alt text.'] },
    { name: 'a figure with empty alt text', body: '<Figure src="/images/hall.jpg" alt=" " />', expected: ['7: <Figure> has empty alt text.'] },
    { name: 'a figure whose file is missing', body: '<Figure src="/images/nope.jpg" alt="x" />', expected: ['7: <Figure src="/images/nope.jpg">: there is no file public/images/nope.jpg.'] },
    { name: 'a figure loaded from another server', body: '<Figure src="https://x.test/a.jpg" alt="x" />', expected: ['7: <Figure src="https://x.test/a.jpg"> points outside the site.'] },
    { name: 'an html image without alt text', body: '<img src="/images/hall.jpg" />', expected: ['7: An <img> has no alt text.'] },
  ];
  for (const { name, body, expected } of cases) {
    it(`reports ${name}`, () => expect(brief(body)).toEqual(expected));
  }

  it('ignores tags in code fences, inline code and MDX comments', () => {
    const body = '```mdx\n<Fact id="nope" />\n```\n\nWrite `<Cite id="nope" />` like this. {/* <Term id="nope" /> */}\n\n~~~\n![](x.png)\n~~~\n';
    expect(check(body)).toEqual([]);
  });

  it('counts lines from the top of the file, frontmatter included', () => {
    expect(check('\n\n\n<Fact id="nope" />')[0]!.line).toBe(10);
  });

  it('says how to fix each problem', () => {
    const [p] = check('<Fact id="no-such-fact" />');
    expect(p!.fix).toMatch(/content\/facts\.json/);
    expect(formatProblem(p!)).toBe(`${FILE}:7 — Unknown fact id "no-such-fact" in <Fact>. Fix: ${p!.fix}`);
  });

  it('lists the widget settings with their labels when a setting is unknown', () => {
    expect(check('<SqueezeCalculator powr={1} />')[0]!.fix).toContain('power (Power price), model (Machine)');
  });

  it('gives the range and unit when a value is out of range', () => {
    expect(check('<SqueezeCalculator power={5} />')[0]!.fix).toBe('use a number from 0.01 to 0.3 (Power price, USD per kWh).');
  });

  it('does not mutate its lookups', () => {
    const before = JSON.stringify([...lookups.sources]);
    check('<Cite id="nope" />');
    expect(JSON.stringify([...lookups.sources])).toBe(before);
  });
});

describe('problemsMessage', () => {
  it('is the problem itself when there is one', () => {
    const p = { file: FILE, line: 3, message: 'Bad.', fix: 'do good.' };
    expect(problemsMessage([p])).toBe(`${FILE}:3 — Bad. Fix: do good.`);
  });

  it('counts and lists several, naming the file or the number of chapters', () => {
    const a = { file: FILE, line: 3, message: 'A.', fix: 'a.' };
    const b = { file: 'content/chapters/10-x.mdx', line: 4, message: 'B.', fix: 'b.' };
    expect(problemsMessage([a, a])).toMatch(/^2 problems in content\/chapters\/09-test\.mdx:\n\n• /);
    expect(problemsMessage([a, b])).toMatch(/^2 problems in 2 chapters:/);
  });
});
