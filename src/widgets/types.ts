import type { Schema } from '@lib/widget/params';

/** What the site knows about a widget: everything but its component, so scripts and tests can import it. */
export interface WidgetMeta<S extends Schema = Schema> {
  /** URL-safe id, used by /embed/<id>/ and /teach/<id>/. */
  id: string;
  /** Name of the Svelte component as used in MDX, e.g. "SqueezeCalculator". */
  component: string;
  title: string;
  /** Chapter file id, e.g. "01-halving-squeeze". */
  chapter: string;
  /** Prefix of this widget's URL query keys, e.g. "sq" gives ?sq.power=0.06. */
  prefix: string;
  /** One sentence: what a learner should understand after using it. */
  goal: string;
  schema: S;
  /** Source ids behind its defaults and data, in the order a reader meets them. */
  sources: string[];
}

export const defineWidget = <S extends Schema>(meta: WidgetMeta<S>) => meta;
