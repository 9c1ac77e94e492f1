import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam, numberParam } from '@lib/widget/params';
import { ESTIMATES } from './data';
import { text } from './i18n';

/**
 * Energy per question. Defaults: EPRI's 2024 estimate (the one behind "ten times a search"),
 * and ten questions a day, an example rather than a measured habit (no sourced figure for how
 * many questions a person asks was found), so the slider's label says so.
 */
export const meta = {
  id: 'energy-per-query',
  component: 'EnergyPerQuery',
  title: text.title,
  chapter: '03-power-shells',
  prefix: 'eq',
  goal: text.goal,
  schema: {
    est: choiceParam({
      key: 'est',
      label: text.estimateLabel,
      options: ESTIMATES.map((e) => ({ value: e.id, label: text.estimateOption(e.who, e.wh) })),
      default: 'epri-2024',
      sourceId: 'epri-2024',
      asOf: '2024-05-28',
    }),
    n: numberParam({
      key: 'n',
      label: text.countLabel,
      unit: text.countUnit,
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
    { id: 'may-2024', label: text.presets['may-2024'].label, values: { est: 'epri-2024' }, sources: ['epri-2024'], basis: text.presets['may-2024'].basis },
    { id: 'jun-2025', label: text.presets['jun-2025'].label, values: { est: 'openai-2025' }, sources: ['altman-2025-06'], basis: text.presets['jun-2025'].basis },
    { id: 'aug-2025', label: text.presets['aug-2025'].label, values: { est: 'gemini-2025' }, sources: ['google-gemini-energy-2025-08'], basis: text.presets['aug-2025'].basis },
  ],
} satisfies WidgetMeta;
