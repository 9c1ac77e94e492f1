import type { WidgetMeta } from '@lib/widget/define';
import { choiceParam } from '@lib/widget/params';
import { COUNTRIES } from './data';
import { text } from './i18n';

/**
 * Energy and prosperity: electricity per person against each country's total, 2024 (OWID).
 * The one input is the highlighted country; Norway by default, because its total is close to
 * what Bitcoin mining used worldwide in 2024 (Cambridge), the chart's reference line.
 */
export const meta = {
  id: 'energy-prosperity',
  component: 'EnergyProsperity',
  title: text.title,
  chapter: '03-power-shells',
  prefix: 'ep',
  goal: text.goal,
  schema: {
    country: choiceParam({
      key: 'country',
      label: text.highlight,
      options: COUNTRIES.map((c) => ({ value: c.id, label: text.countries[c.id] })),
      default: 'norway',
      sourceId: 'owid-energy',
      asOf: '2024',
    }),
  },
  sources: ['owid-energy', 'cambridge-2025'],
  embedHeightPx: 1090,
} satisfies WidgetMeta;
