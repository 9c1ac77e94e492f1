/** Every widget a chapter places, and every registered widget, has an embed page and lesson notes in the build. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgets } from '@widgets/registry';
import { fileOf, widgetsInChapters } from '../../support/builtSite';

describe('widget pages', () => {
  it('every widget in a chapter, and every registered widget, has an embed page and lesson notes', () => {
    const inChapters = widgetsInChapters();
    expect(inChapters.size, 'widgets found in the chapters').toBeGreaterThan(0);
    const index = readFileSync(fileOf('/teach/'), 'utf8');
    const missing: string[] = [];
    for (const id of new Set([...inChapters, ...widgets.map((w) => w.id)])) {
      if (!existsSync(fileOf(`/embed/${id}/`))) missing.push(`${id}: no /embed/${id}/ page (its folder needs src/widgets/${id}/widget.ts; then run \`npm run islands\`)`);
      if (!existsSync(fileOf(`/teach/${id}/`))) missing.push(`${id}: no /teach/${id}/ page`);
      else if (readFileSync(fileOf(`/teach/${id}/`), 'utf8').includes('data-missing-notes')) missing.push(`${id}: no lesson notes (write content/teach/${id}.json)`);
      if (!index.includes(`data-teach-widget="${id}"`)) missing.push(`${id}: not listed on /teach/`);
    }
    expect(missing).toEqual([]);
  });
});
