/**
 * The JavaScript budget, from the build: bytes are exact, so they are a test; timings stay in
 * `npm run bench`. A page's JavaScript is everything it can load (scripts/bytes.mjs), less the
 * "Embed or share" builder, which loads only when a reader first opens it and is held apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, pageBytes, pageScripts, pageScriptsWithoutBuilder } from '../../../scripts/bytes.mjs';
import type { Formula } from '@core/formula';
import { BUDGET } from '../../../scripts/bench-verdicts.mjs';
import { builtPages, distDir, htmlOf } from '../../support/builtSite';
import { widgets } from '@widgets/registry';
import { shareUi as shareEn } from '../../../src/lib/widget/share/i18n/en';
import { shareUi as shareZh } from '../../../src/lib/widget/share/i18n/zh';

/** The goal (issue 16, the benchmark's budget): at most 45 KB of JavaScript (gzip) on a page with widgets, the embed builder apart. */
export const JS_GOAL_GZIP_BYTES = BUDGET.jsGzipKb * 1024;
/**
 * The pages over the goal today (December 2026), each held to what it ships, rounded up to the
 * half KB with at least 0.125 KB to spare, so none grows unnoticed. What every page with a widget
 * ships before any widget of its own is one 24 KB chunk: the Svelte runtime (about 15 KB) and the
 * widget runtime (about 9 KB: frame, sliders, readouts, formatting, scales, axes). A page's islands
 * then load one file of their own, tree-shaken to what that page runs (scripts/page-bundles.mjs).
 * Every page meets the goal but power shells in Chinese, whose four widgets are all its own and
 * whose text compresses less well (47.4 KB; 44.7 in English). Chapter 7 shows the miner's dilemma
 * as a still (scripts/islands.mjs) and loads the deals board alone. A page that comes under the
 * goal must leave this list (a test says so), and the goal holds it from then on.
 */
export const JS_OVER_GOAL_KB: Readonly<Record<string, number>> = {
  '/zh/chapters/power-shells/': 48,
};
const budgetOf = (path: string) => (path in JS_OVER_GOAL_KB ? JS_OVER_GOAL_KB[path]! * 1024 : JS_GOAL_GZIP_BYTES);
/** Most the embed builder may add when opened: about twice its size when it was split off. */
export const EMBED_BUILDER_BUDGET_GZIP_BYTES = 5 * 1024;

const pages = builtPages().map((path) => ({ path, bytes: pageBytes(distDir, path) }));
const withWidgets = pages.filter((p) => p.bytes.islands > 0);

describe('JavaScript per page (gzip)', () => {
  it('finds pages with widgets and pages without', () => {
    expect(withWidgets.length).toBeGreaterThan(0);
    expect(withWidgets.length).toBeLessThan(pages.length);
  });

  it.each(withWidgets.map((p) => [p.path, p.bytes, budgetOf(p.path)] as const))(`%s ships at most the goal or its own budget, and its embed builder at most ${kb(EMBED_BUILDER_BUDGET_GZIP_BYTES)} KB more`, (path, b, budget) => {
    const js = b.jsWithoutBuilder.gzip;
    expect(js, `${path}: ${kb(js)} KB gzip without the embed builder (${kb(b.embedBuilder.gzip)} KB), budget ${kb(budget)} KB`).toBeLessThanOrEqual(budget);
    expect(b.embedBuilder.files, `${path}: the embed builder is a chunk of its own`).toBeGreaterThan(0);
    expect(b.embedBuilder.gzip, `${path}: the embed builder`).toBeLessThanOrEqual(EMBED_BUILDER_BUDGET_GZIP_BYTES);
  });

  it('lists over the goal only pages that are built and still over it', () => {
    const js = new Map(withWidgets.map((p) => [p.path, p.bytes.jsWithoutBuilder.gzip]));
    for (const path of Object.keys(JS_OVER_GOAL_KB)) {
      expect(js.has(path), `${path} is in JS_OVER_GOAL_KB but is no page with widgets`).toBe(true);
      expect(js.get(path), `${path} now meets the ${kb(JS_GOAL_GZIP_BYTES)} KB goal: take it out of JS_OVER_GOAL_KB`).toBeGreaterThan(JS_GOAL_GZIP_BYTES);
    }
  });

  // The builder's words load with the builder: once an embed page's height script brought them all
  // (0.8 KB gzip, 0.9 KB in Chinese) through the iframe snippet's module (src/lib/widget/share/snippet.ts).
  it.each(withWidgets.map((p) => [p.path] as const))('%s loads none of the embed builder’s words before the builder opens', (path) => {
    const lead = [shareEn.embedLead, shareZh.embedLead];
    const early = pageScriptsWithoutBuilder(distDir, path).filter((url) => lead.some((w) => readFileSync(join(distDir, url), 'utf8').includes(w)));
    expect(early).toEqual([]);
  });

  // Astro bundles each component's <script> on its own: two components with the same script once
  // loaded the same popover starter twice, under two names (src/story/PopoverScript.astro).
  it.each(withWidgets.map((p) => [p.path] as const))('%s loads no file twice under two names', (path) => {
    const byContent = new Map<string, string[]>();
    for (const url of pageScripts(distDir, path)) {
      const code = readFileSync(join(distDir, url), 'utf8');
      byContent.set(code, [...(byContent.get(code) ?? []), url]);
    }
    expect([...byContent.values()].filter((urls) => urls.length > 1)).toEqual([]);
  });

  it.each(pages.filter((p) => p.bytes.islands === 0).map((p) => [p.path, p.bytes] as const))('%s has no widget and loads no JavaScript file', (path, b) => {
    expect(b.js.files, `${path} loads JS files but has no widget`).toBe(0);
  });
});

describe('data in the client build', () => {
  /** Whether an edition's client JavaScript holds a string, as the minifier writes it; `raw` holds the code itself. */
  const clientJs = (dir: string) => {
    const js = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, '_astro', f), 'utf8')).join('\n');
    return Object.assign((text: string) => js.includes(JSON.stringify(text).slice(1, -1)), { raw: (code: string) => js.includes(code) });
  };

  // Vite's preload helper is replaced by one that only imports (plainDynamicImports, scripts/client-omits.mjs),
  // which would leave out a stylesheet that a dynamically imported chunk needs. Its marker goes too:
  // the minifier leaves `(__VITE_PRELOAD__,import(…))`, which Vite would write as `([],import(…))`.
  it.each([distDir, join(distDir, 'zh')])('%s ships no preload helper, and no stylesheet file a dynamic import would need', (dir) => {
    expect(clientJs(dir).raw('vite:preloadError'), 'Vite’s preload helper').toBe(false);
    expect(clientJs(dir).raw('[],import('), 'the preload marker before the embed builder’s import').toBe(false);
    expect(readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.css'))).toEqual([]);
  });

  it('ships no deal’s research note or parties (scripts/client-omits.mjs), though it ships the deals', () => {
    const deals = JSON.parse(readFileSync('content/deals.json', 'utf8')) as { name: string; note: string }[];
    const shipped = clientJs(distDir);
    expect(deals.filter((d) => shipped(d.name)).length, 'deal names in the client build').toBe(deals.length);
    expect(deals.filter((d) => shipped(d.note)).map((d) => d.name)).toEqual([]);
  });

  it.each([distDir, join(distDir, 'zh')])('%s ships no preset’s sources, no fact ids and no still’s words, which only the server reads (scripts/client-omits.mjs)', (dir) => {
    const shipped = clientJs(dir);
    const withPresets = widgets.filter((w) => w.presets?.length);
    expect(withPresets.length).toBeGreaterThan(0);
    expect(withPresets.filter((w) => !shipped.raw(`id:"${w.presets![0]!.id}"`)).map((w) => w.id), 'widgets whose presets are not in the client build').toEqual([]);
    expect(shipped.raw('sources:['), 'a list of source ids').toBe(false);
    expect(shipped.raw('factIds'), 'fact ids').toBe(false);
    expect(shipped.raw('stillSettings') || shipped.raw('stillLink'), 'a still’s words').toBe(false);
  });

  // Each widget's goal in Chinese, to check the Chinese build as the English one.
  const zhText = import.meta.glob<{ text: { goal: string } }>('/src/widgets/*/i18n/zh.ts', { eager: true });
  const editions = [
    { dir: distDir, goals: widgets.map((w) => ({ id: w.id, goal: w.goal })) },
    { dir: join(distDir, 'zh'), goals: widgets.map((w) => ({ id: w.id, goal: zhText[`/src/widgets/${w.id}/i18n/zh.ts`]!.text.goal })) },
  ];
  it.each(editions.map((e) => [e.dir, e.goals] as const))('%s ships each widget’s declaration without the goal, chapter and source list only the server reads (scripts/client-omits.mjs)', (dir, goals) => {
    const shipped = clientJs(dir);
    expect(widgets.filter((w) => !shipped.raw(`prefix:"${w.prefix}"`)).map((w) => w.id), 'widgets whose declaration is not in the client build').toEqual([]);
    expect(goals.filter((w) => shipped(w.goal)).map((w) => w.id), 'widgets whose goal is in the client build').toEqual([]);
    expect(widgets.filter((w) => shipped(w.chapter) || shipped.raw(JSON.stringify(w.sources))).map((w) => w.id), 'widgets whose chapter or source list is in the client build').toEqual([]);
  });

  // A formula's words and symbols show only in an open popover: the client build ships it as its
  // function's name (formulaKeys, scripts/client-omits.mjs), and each page carries the rest
  // (scripts/page-bundles.mjs). The Chinese words come from src/core/i18n/zh.json (coreWords).
  const core = Object.values(import.meta.glob<Record<string, unknown>>('/src/core/*.ts', { eager: true })).flatMap((m) => Object.values(m));
  const formulasEn = core.filter((v): v is Formula => ['words', 'symbols', 'fn'].every((k) => typeof (v as Record<string, unknown> | null)?.[k] === 'string'));
  const zhWords = (JSON.parse(readFileSync('src/core/i18n/zh.json', 'utf8')) as { formulas: Record<string, string> }).formulas;
  const formulasZh = formulasEn.map((f) => ({ ...f, words: zhWords[`${f.fn}|${f.symbols}`] ?? zhWords[f.fn]! }));
  const formulasIn = (path: string) => (path.startsWith('/zh/') ? formulasZh : formulasEn);

  it.each([distDir, join(distDir, 'zh')])('%s ships no formula’s words or symbols', (dir) => {
    const shipped = clientJs(dir);
    const formulas = dir === distDir ? formulasEn : formulasZh;
    expect(formulas.length).toBeGreaterThan(40);
    expect(formulas.filter((f) => shipped(f.words) || shipped(f.symbols)).map((f) => f.fn)).toEqual([]);
  });

  it.each(withWidgets.map((p) => [p.path] as const))('%s carries the words and symbols of each formula its scripts name, and no other', (path) => {
    const js = pageScripts(distDir, path).map((url) => readFileSync(join(distDir, url), 'utf8')).join('\n');
    const named = new Set([...js.matchAll(/fn:"(\w+)"/g)].map((m) => m[1]));
    const block = /<script type="application\/json" data-formulas>([^<]*)<\/script>/.exec(htmlOf(path))?.[1];
    const carried = Object.entries(JSON.parse(block ?? '{}') as Record<string, Pick<Formula, 'words' | 'symbols'>>);
    const entry = (fn: string, f: Pick<Formula, 'words' | 'symbols'>) => `${fn}: ${f.symbols} (${f.words})`;
    expect(carried.map(([key, f]) => entry(key.split('#')[0]!, f)).sort()).toEqual(formulasIn(path).filter((f) => named.has(f.fn)).map((f) => entry(f.fn, f)).sort());
  });
});
