/**
 * <Scrolly graphic="…">: the graphic is named by its widget component, so the content check
 * knows the name and the chapter's source list includes the graphic's sources.
 */
import { describe, expect, it } from 'vitest';
import { checkChapter, formatProblem } from '@lib/content/contentCheck';
import { sourceOrder } from '@lib/content/references';
import { splitSteps, STEP_MARK } from '@story/scrollyMarks';
import { realLookups } from '../support/contentLookups';

const chapter = (body: string) => `---\ntitle: "T"\nsummary: "S"\norder: 1\npublished: 2026-11-25\n---\n${body}`;
const check = (body: string) => checkChapter('content/chapters/t.mdx', chapter(body), realLookups()).map(formatProblem);

describe('<Scrolly graphic>', () => {
  it('accepts a widget made to follow steps', () => {
    expect(check('<Scrolly id="s" label="Steps" graphic="RewardStaircase">\n<Step>a</Step>\n</Scrolly>')).toEqual([]);
  });

  it('names an unknown graphic with a suggestion and the fix', () => {
    const [problem] = check('<Scrolly id="s" label="Steps" graphic="RewardStaircse">\n<Step>a</Step>\n</Scrolly>');
    expect(problem).toContain('Unknown widget "RewardStaircse" in <Scrolly>.');
    expect(problem).toContain('"RewardStaircase"');
    expect(problem).toContain('Fix:');
  });

  it('brings the graphic’s sources into the chapter’s source list, where the graphic first appears', () => {
    const lookups = { factSource: () => undefined, widgetSources: (name: string) => ({ W: ['w1', 'w2'] })[name] };
    expect(sourceOrder('<Cite id="a" />\n<Scrolly id="s" label="L" graphic="W">\n<Step><Cite id="b" /></Step>\n</Scrolly>', lookups)).toEqual(['a', 'w1', 'w2', 'b']);
  });
});

describe('splitSteps', () => {
  it('splits a Scrolly’s rendered steps at the mark each <Step> writes', () => {
    expect(splitSteps(` ${STEP_MARK}<div>1</div> ${STEP_MARK}<div>2</div>`)).toEqual({ lead: ' ', steps: ['<div>1</div> ', '<div>2</div>'] });
    expect(splitSteps('no steps')).toEqual({ lead: 'no steps', steps: [] });
  });
});
