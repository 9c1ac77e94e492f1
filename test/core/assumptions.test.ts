import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AI_SITE_IT_SHARE,
  AI_SITE_OVERHEAD,
  ASSUMPTIONS,
  GPU_POWER_IN_SERVICE,
  HOURS_PER_YEAR,
  MINING_SITE_OVERHEAD,
  perGridMwFromPerItMw,
} from '@core/assumptions';

const sourceIds = new Set(
  ['content/sources.json', ...readdirSync('content/sources').map((f) => join('content/sources', f))].flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { id: string }[]).map((s) => s.id),
  ),
);

describe('shared assumptions', () => {
  it('reproduce their sources: 100 MW of grid for 70 MW of IT, 10.2 kW for eight GPUs, 365 × 24 hours', () => {
    expect(AI_SITE_OVERHEAD.value).toBeCloseTo(100 / 70, 2);
    expect(AI_SITE_IT_SHARE * AI_SITE_OVERHEAD.value).toBeCloseTo(1, 12);
    expect(GPU_POWER_IN_SERVICE.value).toBe(1275);
    expect(MINING_SITE_OVERHEAD.value).toBe(1);
    expect(HOURS_PER_YEAR).toBe(365 * 24);
  });

  it('each names a source in content/sources, or none when it is an editorial choice', () => {
    for (const a of Object.values(ASSUMPTIONS)) {
      if (a.sourceId) expect(sourceIds, a.label).toContain(a.sourceId);
      expect(a.basis.length, a.label).toBeGreaterThan(20);
    }
  });

  it('perGridMwFromPerItMw restates $1.45M per MW of IT as about $1.01M per grid MW', () => {
    expect(perGridMwFromPerItMw(1.45e6)).toBeCloseTo(1.45e6 / 1.43, 6);
    expect(() => perGridMwFromPerItMw(1, 0.5)).toThrow(RangeError);
    expect(() => perGridMwFromPerItMw(Number.NaN)).toThrow(RangeError);
  });
});

/** Every .ts and .svelte file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|svelte)$/.test(e.name) ? [path] : [];
  });
}

/** A file without its comments (kept as blank lines, so line numbers hold). */
const withoutComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '');

/** The code alone: comments and the contents of strings blanked, so words and formulas in them don't count. */
const codeOnly = (text: string) =>
  withoutComments(text).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) => `${m[0]}${' '.repeat(Math.max(0, m.length - 2))}${m[0]}`);

/** What defining one's own shared assumption looks like in code. */
const OWN_ASSUMPTION: { what: string; pattern: RegExp }[] = [
  { what: 'an overhead (PUE) written as a number', pattern: /\b(?:pue|aiPue|miningPue|overhead)\s*:\s*[\d.(]/i },
  { what: 'a GPU power written as a number', pattern: /\b(?:gpuPowerW|powerDrawW|powerDrawWPerGpu)\s*:\s*[\d.(]/ },
  { what: 'hours in a year written out', pattern: /\b8_?760\b|\b365\s*\*\s*24\b|\b24\s*\*\s*365\b/ },
  { what: 'a site’s IT share written as a fraction', pattern: /\b100\s*\/\s*70\b|\b70\s*\/\s*100\b/ },
];

/** A slider's default for an overhead or a GPU's power must come from src/core/assumptions.ts. */
const OWN_DEFAULT = /key:\s*'(?:pue|watts)'[^}]*?default:\s*[\d.]/s;

describe('no widget or model defines its own shared assumption', () => {
  const files = [...filesUnder('src/widgets'), ...filesUnder('src/core').filter((f) => !f.endsWith('assumptions.ts'))];

  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const code = codeOnly(text);
    const found = OWN_ASSUMPTION.filter(({ pattern }) => pattern.test(code)).map(({ what, pattern }) => {
      const line = code.slice(0, code.search(pattern)).split('\n').length;
      return `${file}:${line}: ${what}; import it from src/core/assumptions.ts`;
    });
    if (OWN_DEFAULT.test(withoutComments(text))) found.push(`${file}: a pue or watts slider with a number as its default; use the shared assumption's value`);
    expect(found).toEqual([]);
  });

  it('the checks catch the forms they look for', () => {
    const caught = (code: string) => OWN_ASSUMPTION.some(({ pattern }) => pattern.test(codeOnly(code))) || OWN_DEFAULT.test(withoutComments(code));
    expect(caught('const x = { pue: 1.25 };')).toBe(true);
    expect(caught('gpuYear({ powerDrawW: 700 })')).toBe(true);
    expect(caught('const h = 8760 * 2;')).toBe(true);
    expect(caught('aiPue: 100 / 70,')).toBe(true);
    expect(caught("numberParam({ key: 'pue', label: 'PUE', default: 1.5 })")).toBe(true);
    expect(caught("numberParam({ key: 'watts', min: 300, default: 700, step: 5 })")).toBe(true);
    expect(caught('pue: AI_SITE_OVERHEAD.value, // was 1.25')).toBe(false);
    expect(caught("const words = 'C = MW × 8760 × c';")).toBe(false);
  });
});
