/**
 * The words of the lesson notes' parameter table (src/lib/teach/teach.ts), built on the server
 * only, so they stay out of the widgets' JavaScript. zh.ts has the same keys.
 */
export const teachUi = {
  oneOfChoices: 'one of the choices',
  range: (min: string, max: string, step: number) => `${min} to ${max}, in steps of ${step}`,
  choice: (value: string, label: string) => `${value} (${label})`,
  listSeparator: ', ',
};

export type TeachText = typeof teachUi;
