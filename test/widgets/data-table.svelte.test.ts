// @vitest-environment happy-dom
/**
 * "Show the numbers" (src/controls/DataTable.svelte): closed, it costs the page no table; opened,
 * it shows every row. (What the server writes: data-table.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import DataTable from '@controls/DataTable.svelte';
import { openTables } from '../support/openTables';

const props = {
  caption: 'Two years',
  columns: [{ key: 'year', label: 'Year' }, { key: 'usd', label: 'Dollars', format: (v: number) => `$${v}` }],
  rows: [{ year: 2025, usd: 1 }, { year: 2026, usd: 2 }],
  filename: 'two-years',
};

afterEach(cleanup);

describe('<DataTable>', () => {
  it('builds its table and its CSV link only when opened, with every row', async () => {
    const { container } = render(DataTable as never, props as never);
    expect(container.querySelector('table')).toBeNull();
    expect(container.querySelector('a.csv'), 'a closed table writes no CSV on every step').toBeNull();
    await openTables(container);
    expect([...container.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['2025$1', '2026$2']);
    expect(container.querySelector('a.csv')!.getAttribute('href')).toBe(`data:text/csv;charset=utf-8,${encodeURIComponent('Year,Dollars\n2025,1\n2026,2')}`);
  });
});
