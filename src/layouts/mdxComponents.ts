/**
 * The story components an MDX chapter may use without imports. Widgets are not here: the build
 * imports into each chapter the islands of the widgets it places (scripts/widget-islands.mjs),
 * so <SqueezeCalculator power={0.06} /> needs no import either, and a chapter's page carries only
 * its own widgets. What each accepts is described in src/story/componentSpecs.ts, which the
 * content check reads; a test compares the two.
 */
import Scrolly from '@story/Scrolly.astro';
import Step from '@story/Step.astro';
import Cite from '@story/Cite.astro';
import Fact from '@story/Fact.astro';
import Term from '@story/Term.astro';
import Aside from '@story/Aside.astro';
import FactCheck from '@story/FactCheck.astro';
import Figure from '@story/Figure.astro';

export const mdxComponents = { Scrolly, Step, Cite, Fact, Term, Aside, FactCheck, Figure };
