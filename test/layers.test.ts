/**
 * Layers only point down: pages → layouts and site (the modules that bind lib's pure functions to
 * content/ and the widget registry) → story and widgets → controls and charts → lib → core.
 * A file may import from its own layer's folder or from a lower layer. Widgets are one folder each:
 * a widget imports only from its own folder (the registry and Island.astro, at the top of
 * src/widgets, import them all). This test reads every import in src/ and names each one that
 * points up or sideways, with the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const RANK: Record<string, number> = { core: 0, lib: 1, charts: 2, controls: 2, story: 3, widgets: 3, layouts: 4, site: 4, pages: 5 };
const ALIAS: Record<string, string> = { '@site': 'src/site', '@core': 'src/core', '@lib': 'src/lib', '@charts': 'src/charts', '@controls': 'src/controls', '@story': 'src/story', '@widgets': 'src/widgets', '@layouts': 'src/layouts', '@content': 'content' };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|svelte|astro)$/.test(e.name) ? [p] : [];
  });
}

/** The layer folder of a path under src/ ("widgets/squeeze-calculator" for a widget's files), or null. */
function placeOf(path: string): { layer: string; unit: string } | null {
  const rel = relative('src', path).split(/[\\/]/);
  const layer = rel[0]!;
  if (!(layer in RANK)) return null;
  // A widget folder is its own unit; files at the top of src/widgets (registry, Island) belong to all.
  const unit = layer === 'widgets' && rel.length > 2 ? `widgets/${rel[1]}` : layer;
  return { layer, unit };
}

/** Every import specifier in a file, with its line. */
function importsOf(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  const re = /(?:^|\s)(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) out.push({ spec: (m[1] ?? m[2] ?? m[3])!, line: text.slice(0, m.index).split('\n').length });
  return out;
}

function target(from: string, spec: string): string | null {
  const alias = Object.keys(ALIAS).find((a) => spec === a || spec.startsWith(`${a}/`));
  if (alias) return normalize(ALIAS[alias]! + spec.slice(alias.length));
  if (spec.startsWith('.')) return relative('.', resolve(dirname(from), spec));
  return null; // a package
}

/** What is wrong with importing `spec` into `file`, or null. */
export function badImport(file: string, spec: string): string | null {
  const from = placeOf(file);
  const to = target(file, spec);
  if (!from || !to || !to.startsWith('src')) return null;
  const dest = placeOf(to);
  if (!dest) return null;
  if (dest.unit === from.unit) return null;
  if (from.layer === 'widgets' && from.unit === 'widgets') return null; // registry and Island reach into folders
  if (RANK[dest.layer]! < RANK[from.layer]!) return null;
  return RANK[dest.layer] === RANK[from.layer] ? `imports sideways from ${dest.unit}` : `imports up from ${dest.layer}`;
}

describe('layers only point down', () => {
  it('no file in src imports up or sideways', () => {
    const problems = files('src').flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap(({ spec, line }) => {
        const bad = badImport(file, spec);
        return bad ? [`${file}:${line}: ${bad} ('${spec}')`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('catches the kinds of import it forbids', () => {
    expect(badImport('src/lib/teach/teach.ts', '@widgets/registry')).toMatch(/up from widgets/);
    expect(badImport('src/widgets/race-to-power/model.ts', '@widgets/site-three-ways/model')).toMatch(/sideways from widgets\/site-three-ways/);
    expect(badImport('src/story/Scrolly.astro', '@widgets/registry')).toMatch(/sideways/);
    expect(badImport('src/controls/EmbedShare.svelte', '@charts/Figure.svelte')).toMatch(/sideways from charts/);
    expect(badImport('src/core/power.ts', '../lib/widget/format')).toMatch(/up from lib/);
    expect(badImport('src/widgets/race-to-power/model.ts', './meta')).toBeNull();
    expect(badImport('src/widgets/registry.ts', './race-to-power/widget')).toBeNull();
    expect(badImport('src/pages/index.astro', '@widgets/registry')).toBeNull();
    expect(badImport('src/lib/teach/teach.ts', '../widget/params')).toBeNull();
    expect(badImport('src/story/Fact.astro', '@site/factRefs')).toMatch(/up from site/);
    expect(badImport('src/pages/chapters/[slug].astro', '@site/contentLookups')).toBeNull();
  });
});
