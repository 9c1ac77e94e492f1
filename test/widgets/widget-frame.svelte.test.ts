// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { cleanup, render, screen } from '@testing-library/svelte';
import WidgetFrame from '@controls/WidgetFrame.svelte';

const figure = createRawSnippet(() => ({ render: () => '<p class="notes">Adjusted: power 0.01 is below the minimum.</p>' }));

describe('WidgetFrame', () => {
  afterEach(cleanup);

  it('shows why the settings cannot be calculated as an alert, after the figure’s notes', () => {
    render(WidgetFrame, { widget: { id: 'demo', title: 'Demo', embedHeightPx: 800 }, figure, problem: 'These settings cannot be calculated (hashrate must be positive).' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('These settings cannot be calculated (hashrate must be positive).');
    const notes = document.querySelector('.notes')!;
    expect(notes.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has no alert when the settings are fine', () => {
    render(WidgetFrame, { widget: { id: 'demo', title: 'Demo', embedHeightPx: 800 }, figure });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('figure', { name: 'Demo' })).toBeTruthy();
  });
});
