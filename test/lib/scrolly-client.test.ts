// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeStep, modeStore, stepFromHash, stepHash } from '@lib/client/scrolly-client';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  modeStore.memory = null;
  history.replaceState(null, '', '/');
});

describe('activeStep', () => {
  it.each([
    { hits: [false, true, false], side: 'inside', expected: 1 },
    { hits: [false, false, false], side: 'before', expected: 0 },
    { hits: [false, false, false], side: 'after', expected: 2 },
    { hits: [true, true, false], side: 'inside', expected: 1 },
  ] as const)('is $expected for hits $hits on side $side', ({ hits, side, expected }) => {
    expect(activeStep(hits, side)).toBe(expected);
  });
});

describe('step fragments', () => {
  it('name a section and a step counted from 1, and read back', () => {
    expect(stepHash('staircase', 2)).toBe('#staircase-step-3');
    expect(stepFromHash('#staircase-step-3')).toEqual({ section: 'staircase', index: 2 });
    expect(stepFromHash('#rent-slide-step-1')).toEqual({ section: 'rent-slide', index: 0 });
    expect(stepFromHash('#source-3')).toBeNull();
    expect(stepFromHash('')).toBeNull();
  });
});

describe('modeStore', () => {
  it('remembers the reading mode in localStorage', () => {
    modeStore.write('stacked');
    modeStore.memory = null;
    expect(modeStore.read('')).toBe('stacked');
    expect(location.search).toBe('');
  });

  it('falls back to memory and the URL when storage is blocked', () => {
    const blocked = () => { throw new DOMException('blocked', 'SecurityError'); };
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, clear() {} });
    modeStore.write('stacked');
    expect(new URLSearchParams(location.search).get('mode')).toBe('stacked');
    expect(modeStore.read('')).toBe('stacked');
    modeStore.memory = null;
    expect(modeStore.read(location.search)).toBe('stacked');
    modeStore.write('scroll');
    expect(new URLSearchParams(location.search).get('mode')).toBeNull();
  });

  it('lets ?mode= in a link win over the stored choice, and ignores unknown modes', () => {
    modeStore.write('step');
    expect(modeStore.read('?mode=stacked')).toBe('stacked');
    expect(modeStore.read('?mode=fancy')).toBe('step');
  });
});
