import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { ESTIMATES } from './data';

/**
 * Energy per question. Defaults: EPRI's 2024 estimate (the one behind "ten times a search"),
 * and ten questions a day, an example rather than a measured habit (no sourced figure for how
 * many questions a person asks was found), so the slider's label says so.
 */
export const meta = {
  id: 'energy-per-query',
  component: 'EnergyPerQuery',
  title: 'Energy per question',
  chapter: '03-power-shells',
  prefix: 'eq',
  goal: 'See that estimates of the energy of one AI question fell about tenfold between 2024 and 2025, and that either way a day of questions is a sliver of a household’s electricity.',
  schema: {
    est: choiceParam({
      key: 'est',
      label: 'Estimate',
      options: ESTIMATES.map((e) => ({ value: e.id, label: `${e.who}: ${e.wh} Wh` })),
      default: 'epri-2024',
      sourceId: 'epri-2024',
      asOf: '2024-05-28',
    }),
    n: numberParam({
      key: 'n',
      label: 'Questions a day (example)',
      unit: 'questions',
      min: 1,
      max: 500,
      step: 1,
      default: 10,
      format: { maximumFractionDigits: 0 },
    }),
  },
  sources: ['epri-2024', 'epoch-2025', 'altman-2025-06', 'google-gemini-energy-2025-08'],
  embedHeightPx: 1110,
  presets: [
    { id: 'may-2024', label: 'May 2024 (EPRI)', values: { est: 'epri-2024' }, sources: ['epri-2024'], basis: 'EPRI’s 2024 estimate for a ChatGPT request, the figure behind “ten times a search”.' },
    { id: 'jun-2025', label: 'June 2025 (OpenAI)', values: { est: 'openai-2025' }, sources: ['altman-2025-06'], basis: 'OpenAI’s chief executive’s average for a ChatGPT query, June 2025: a company reporting on itself.' },
    { id: 'aug-2025', label: 'August 2025 (Google)', values: { est: 'gemini-2025' }, sources: ['google-gemini-energy-2025-08'], basis: 'Google’s median Gemini text prompt, August 2025, counting servers, idle machines and the building as well as the chips: a company reporting on itself.' },
  ],
} satisfies WidgetMeta;
