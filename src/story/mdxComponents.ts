/**
 * Everything an MDX chapter may use without imports. Widgets appear under their component names
 * from the registry (e.g. <SqueezeCalculator />).
 */
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import Term from './Term.astro';
import Aside from './Aside.astro';
import FactCheck from './FactCheck.astro';
import Figure from './Figure.astro';
import { widgets } from '@widgets/registry';
import { widgetIslands } from '@widgets/components';

const islands = Object.fromEntries(
  widgets.map((w) => [w.component, widgetIslands[w.id as keyof typeof widgetIslands]]),
);

// What each of these accepts is described in ./componentSpecs.ts, which the content check reads.
export const mdxComponents = { Scrolly, Step, Cite, Fact, Term, Aside, FactCheck, Figure, ...islands };
