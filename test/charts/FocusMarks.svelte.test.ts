// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import Harness from './FocusMarksHarness.svelte';

// A small mark (a) inside a large one (b), and a square with a ring and a dashed outline (c) far away.
const data = [
  { id: 'a', x: 100, y: 100, r: 5, square: false, ring: false, dashed: false },
  { id: 'b', x: 103, y: 100, r: 20, square: false, ring: false, dashed: false },
  { id: 'c', x: 300, y: 50, r: 10, square: true, ring: true, dashed: true },
];

afterEach(cleanup);

describe('<FocusMarks>', () => {
  it('paints the largest mark first and gives each a button in data order', () => {
    const { container } = render(Harness, { props: { data, onselect: () => {} } });
    const painted = [...container.querySelectorAll('.marks .mark')].map((p) => p.getAttribute('d'));
    expect(painted[0]).toMatch(/^M83,100a20,20/); // b, radius 20, first
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Mark a', 'Mark b', 'Mark c']);
  });

  it('draws a square of the circle’s area, its ring and its dashed outline', () => {
    const { container } = render(Harness, { props: { data, onselect: () => {} } });
    const side = 10 * Math.sqrt(Math.PI);
    const square = container.querySelector('.mark.dashed')!;
    expect(square.getAttribute('d')).toBe(`M${300 - side / 2},${150 - side / 2}h${side}v${side}h${-side}Z`);
    expect(container.querySelectorAll('.ring')).toHaveLength(1);
    expect(container.querySelectorAll('.mark.hollow')).toHaveLength(2);
  });

  it('picks a mark by Enter or Space, shows its tooltip on focus and labels the chosen one', async () => {
    const onselect = vi.fn();
    const { container } = render(Harness, { props: { data, onselect, chosen: 'c' } });
    const c = screen.getByRole('button', { name: 'Mark c' });
    expect(c.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.label')!.textContent).toBe('chosen c');
    await fireEvent.focus(c);
    expect(container.querySelector('.tip')!.textContent).toBe('Mark ca second line');
    await fireEvent.keyDown(c, { key: 'Enter' });
    await fireEvent.keyDown(screen.getByRole('button', { name: 'Mark a' }), { key: ' ' });
    expect(onselect.mock.calls).toEqual([['c'], ['a']]);
  });

  it('paints the pointer targets largest first, so a small mark inside a large one sits on top and can be reached', async () => {
    const onselect = vi.fn();
    const { container } = render(Harness, { props: { data, onselect } });
    const hits = [...container.querySelectorAll<SVGPathElement>('.hit')];
    for (const h of hits) await fireEvent.click(h);
    // In painting order, b (r 20), then c (r 10), then a (r 5) last and topmost, though a sits inside b.
    expect(onselect.mock.calls).toEqual([['b'], ['c'], ['a']]);
  });

  it('gives every mark a target of at least 24 px (WCAG 2.5.8), however small it is drawn', () => {
    const { container } = render(Harness, { props: { data, onselect: vi.fn() } });
    for (const t of container.querySelectorAll('[role=button]')) {
      const d = t.getAttribute('d') ?? '';
      const radius = /a([\d.]+),/.exec(d)?.[1];
      if (radius) expect(Number(radius)).toBeGreaterThanOrEqual(12);
    }
  });
});
