import { it } from 'vitest';
import { widgets } from '@widgets/registry';
it('list', () => {
  for (const w of widgets) for (const [k, p] of Object.entries(w.schema)) console.log(`${w.id}.${k}\t${p.kind}\tsrc=${p.sourceId ?? '-'}\tasOf=${p.asOf ?? '-'}\t${p.label}`);
});
