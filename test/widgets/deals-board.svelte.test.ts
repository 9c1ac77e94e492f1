// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { openTables } from '../support/openTables';
import { DEALS } from '@widgets/deals-board/data';
import { FILTERS } from '@widgets/deals-board/meta';
import DealsBoard from '@widgets/deals-board/DealsBoard.svelte';

const readout = (c: HTMLElement, key: string) => c.querySelector(`[data-readout="${key}"]`)?.textContent;
const summary = (c: HTMLElement) => c.querySelector('[data-summary]')!.textContent!;
const marks = () => screen.getAllByRole('button', { name: /, signed \d/ });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('<DealsBoard>', () => {
  it('renders the latest deal, a focusable labelled mark per deal, a description and a table', async () => {
    const { container } = render(DealsBoard);
    await openTables(container);
    expect(readout(container, 'rate')).toBe('$11.33M');
    expect(readout(container, 'mw')).toBe('60 MW');
    expect(container.textContent).toMatch(/not stated whether the 60 MW is IT load or grid power/);
    expect(marks()).toHaveLength(DEALS.length);
    expect(marks().every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    expect(container.querySelector('svg[role="group"] desc')!.textContent).toMatch(/^17 deals signed from 3 Jun 2024 to 7 May 2026/);
    expect(container.querySelectorAll('.data-table tbody tr')).toHaveLength(DEALS.length);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows a tooltip on focus and selects a deal on Enter, changing the readouts and the summary', async () => {
    const { container } = render(DealsBoard);
    const iren = screen.getByRole('button', { name: /^IREN–Microsoft: GPU-cloud contract, signed 3 Nov 2025, \$9\.7M per MW of IT load a year, 200 MW\.$/ });
    await fireEvent.focus(iren);
    expect(container.querySelector('.tip')!.textContent).toMatch(/IREN–Microsoft.*\$9\.7M per MW of IT load a year/);
    await fireEvent.keyDown(iren, { key: 'Enter' });
    expect(readout(container, 'rate')).toBe('$9.7M');
    expect(readout(container, 'times-2024')).toBe('6.69×');
    expect(iren.getAttribute('aria-pressed')).toBe('true');
    expect(summary(container)).toMatch(/^IREN–Microsoft, a GPU-cloud contract signed 3 Nov 2025/);
  });

  it('marks the grid headline and the backstop in words when a grid-basis deal is chosen by keyboard', async () => {
    const { container } = render(DealsBoard);
    const cipher = screen.getByRole('button', { name: /^Cipher–Fluidstack, Barber Lake:/ });
    expect(cipher.getAttribute('aria-label')).toMatch(/backstopped by Google\. Basis: headline 244 MW is grid power; rate per the 168 MW of IT load stated\.$/);
    await fireEvent.keyDown(cipher, { key: ' ' });
    expect(readout(container, 'rate')).toBe('$1.79M');
    expect(readout(container, 'headline-mw')).toBe('244 MW');
    expect(container.textContent).toMatch(/backstop: Google/);
  });

  it('filters to one kind, keeping the choice consistent', async () => {
    const { container } = render(DealsBoard);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'hosting' } });
    expect(marks()).toHaveLength(DEALS.filter((d) => d.kind === 'hosting').length);
    expect(readout(container, 'rate')).toBe('$1.86M'); // the latest lease, Hut 8 at Beacon Point
    await fireEvent.change(screen.getByRole('combobox', { name: 'Deal' }), { target: { value: 'iren-microsoft-2025-11-03' } });
    expect((screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement).value).toBe('all');
    expect(marks()).toHaveLength(DEALS.length);
  });

  it('notes a bad value in the link and shows the default instead', async () => {
    window.history.replaceState(null, '', '/?deals.deal=atlantis&deals.show=hosting');
    const { container } = render(DealsBoard);
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toMatch(/Deal: "atlantis" is not one of the choices, so the default is shown\./));
    // The default deal is a GPU-cloud contract, which the link's filter hides: that is noted too.
    expect(container.querySelector('[role="status"]')!.textContent).toMatch(/IREN–Nvidia is not among the hosting leases shown/);
    expect(readout(container, 'rate')).toBe('$1.86M');
  });

  it('shows no NaN, Infinity or undefined at any deal or filter', async () => {
    const { container } = render(DealsBoard);
    for (const f of FILTERS) {
      await fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: f.value } });
      for (const d of DEALS.filter((x) => f.value === 'all' || x.kind === f.value)) {
        await fireEvent.change(screen.getByRole('combobox', { name: 'Deal' }), { target: { value: d.id } });
        expect(container.textContent, `${f.value} ${d.id}`).not.toMatch(/NaN|Infinity|undefined/);
        expect(container.querySelector('svg')!.innerHTML, `${f.value} ${d.id}`).not.toMatch(/NaN|Infinity|undefined/);
        expect(summary(container)).toMatch(new RegExp(`^${d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, a `));
      }
    }
  });
});
