/** What the server writes for "Show the numbers" (src/controls/DataTable.svelte): the table, inside <noscript>, for readers without JavaScript. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import Table from '@controls/DataTable.svelte';

// As the widgets use it (astro check and svelte-check type a .svelte import differently).
const DataTable = Table as unknown as Component<Record<string, unknown>>;

const props = {
  caption: 'Two years',
  columns: [{ key: 'year', label: 'Year' }, { key: 'usd', label: 'Dollars', format: (v: number) => `$${v}` }],
  rows: [{ year: 2025, usd: 1 }, { year: 2026, usd: 2 }],
  filename: 'two-years',
};

describe('<DataTable> on the server', () => {
  it('is written by the server inside <noscript>, for readers without JavaScript', () => {
    const { body } = render(DataTable, { props });
    expect(body).toMatch(/<noscript><div[^>]*role="region"[^>]*><table[\s\S]*<caption[^>]*>Two years<\/caption>[\s\S]*<\/table><\/div>(<!---->)?<\/noscript>/);
  });
});
