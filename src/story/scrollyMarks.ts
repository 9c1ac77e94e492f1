/**
 * The mark each <Step> writes before its text, so <Scrolly> can split its rendered steps apart
 * and wrap each one (its fragment id, its snapshot of the graphic) without the MDX numbering them.
 */
export const STEP_MARK = '<!--scrolly:step-->';

/** The HTML of a Scrolly's default slot split into what precedes the first step, and each step. */
export function splitSteps(html: string): { lead: string; steps: string[] } {
  const [lead = '', ...steps] = html.split(STEP_MARK);
  return { lead, steps };
}
