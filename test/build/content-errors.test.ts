/**
 * Real builds in temporary copies of the site (test/support/tempSite.ts):
 * - broken fixture chapters stop `astro build` with a message naming the file, the line and the fix;
 * - `npm run new:chapter` adds a chapter that builds and joins the chapter list, and a draft that
 *   does not;
 * - every mdx example in EDITING.md renders;
 * - in `astro dev`, the same messages reach the browser's error overlay, and drafts show.
 * Builds are slow (tens of seconds each), so they start together in beforeAll, two at a time
 * (BUILD_TESTS_PARALLEL to change), and each test awaits its own.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCases, type FixtureCase } from '../fixtures/chapters/expected';
import { mdxExamples, snippetChapter } from '../support/editingDoc';
import { astroBuild, cleanEnv, limiter, run, tempSite, type Run } from '../support/tempSite';

const TIMEOUT = 30 * 60_000;
const limit = limiter(Number(process.env.BUILD_TESTS_PARALLEL ?? 2));
const dirs: string[] = [];
const site = (label: string) => {
  const dir = tempSite(label);
  dirs.push(dir);
  return dir;
};
const addFixture = (dir: string, file: string) => copyFileSync(join('test/fixtures/chapters', file), join(dir, 'content/chapters', file.split('/').pop()!));

/** The chapter-stage fixtures with one file (or a glossary entry) each share a build: the check lists every slip. */
const together = fixtureCases.filter((c) => c.stage === 'chapters' && c.files.length <= 1);
/** Appends a case's glossary entries to the copy's content/glossary.json. */
const addGlossary = (dir: string, entries: NonNullable<FixtureCase['glossary']>) => {
  const file = join(dir, 'content/glossary.json');
  writeFileSync(file, JSON.stringify([...(JSON.parse(readFileSync(file, 'utf8')) as object[]), ...entries], null, 2) + '\n');
};
const alone = fixtureCases.filter((c) => !together.includes(c));
const NEW_TITLE = 'A chapter added by the test';
const DRAFT_TITLE = 'A draft added by the test';

let brokenTogether: Promise<Run>;
const brokenAlone = new Map<FixtureCase, Promise<Run>>();
let good: Promise<{ dir: string; created: Run; draft: Run; build: Run }> | undefined;

/** Starts every build at once (two run at a time); only when a build test is selected. */
function startBuilds() {
  brokenTogether = limit(async () => {
    const dir = site('broken');
    for (const c of together) {
      for (const f of c.files) addFixture(dir, f);
      if (c.glossary) addGlossary(dir, c.glossary);
    }
    return astroBuild(dir);
  });
  for (const c of alone) {
    brokenAlone.set(c, limit(async () => {
      const dir = site('broken');
      for (const f of c.files) addFixture(dir, f);
      return astroBuild(dir);
    }));
  }
  good = limit(async () => {
    const dir = site('good');
    // The real chapters too: they link every glossary term, which the build requires of a site.
    cpSync('content/chapters', join(dir, 'content/chapters'), { recursive: true });
    const { chapters, snippets } = mdxExamples();
    chapters.forEach((text, i) => writeFileSync(join(dir, `content/chapters/${101 + i}-whole-chapter-example-${i + 1}.mdx`), text.replace(/^order: \d+$/m, `order: ${101 + i}`)));
    writeFileSync(join(dir, 'content/chapters/50-editing-examples.mdx'), snippetChapter(snippets.join('\n\n'), 50, 'Every example in EDITING.md'));
    const created = await run(dir, process.execPath, ['scripts/new-chapter.mjs', NEW_TITLE]);
    const draft = await run(dir, process.execPath, ['scripts/new-chapter.mjs', '--draft', DRAFT_TITLE]);
    return { dir, created, draft, build: await astroBuild(dir) };
  });
  // Settle rejections here; each test reports its own.
  for (const p of [brokenTogether, good, ...brokenAlone.values()]) p.catch(() => {});
}

afterAll(async () => {
  if (!process.env.KEEP_BUILD_DIRS) await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}, 300_000);

describe('astro build', () => {
  beforeAll(startBuilds);

  describe('with a broken chapter', () => {
    for (const c of together) {
      it(`stops on ${c.name}, naming the file, the line and the fix`, async () => {
        const { code, output } = await brokenTogether;
        expect(code, output).not.toBe(0);
        for (const text of c.expected) expect(output).toContain(text);
      }, TIMEOUT);
    }
    for (const c of alone) {
      it(`stops on ${c.name}, naming the file${c.stage === 'frontmatter' ? ', the line' : ''} and the fix`, async () => {
        const { code, output } = await brokenAlone.get(c)!;
        expect(code, output).not.toBe(0);
        for (const text of c.expected) expect(output).toContain(text);
      }, TIMEOUT);
    }
  });

  describe('with good chapters', () => {
    it('builds a chapter made by npm run new:chapter and lists it on the home page', async () => {
      const { dir, created, build } = await good!;
      expect(created.code, created.output).toBe(0);
      expect(created.output).toContain('http://localhost:4321/chapters/a-chapter-added-by-the-test/');
      expect(build.code, build.output).toBe(0);
      expect(existsSync(join(dir, 'dist/chapters/a-chapter-added-by-the-test/index.html'))).toBe(true);
      const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
      expect(home).toContain(`href="/chapters/a-chapter-added-by-the-test/"`);
      expect(home).toContain(NEW_TITLE);
    }, TIMEOUT);

    it('leaves a draft out of the published site, its chapter list and its sitemap', async () => {
    const { dir, draft, build } = await good!;
    expect(draft.code, draft.output).toBe(0);
    expect(draft.output).toContain('a draft');
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(dir, 'dist/chapters/a-draft-added-by-the-test/index.html'))).toBe(false);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toContain(DRAFT_TITLE);
    expect(readFileSync(join(dir, 'dist/sitemap.xml'), 'utf8')).not.toContain('a-draft-added-by-the-test');
  }, TIMEOUT);

  it('renders every mdx example in EDITING.md', async () => {
      const { dir, build } = await good!;
      expect(build.code, build.output).toBe(0);
      const page = readFileSync(join(dir, 'dist/chapters/editing-examples/index.html'), 'utf8');
      expect(page).toMatch(/class="term"[^>]*data-pop/);
      expect(page).toContain('href="/glossary/#hashprice"');
      expect(page).toContain('class="fact-check"');
      expect(page).toMatch(/<figure class="figure"[^>]*>\s*<img src="\/social-card.png" alt="The words Compute Is Power/);
      expect(page).toContain('data-scrolly');
      expect(page).toContain('role="note"');
      expect(page).toContain('<astro-island');
      expect(existsSync(join(dir, 'dist/chapters/whole-chapter-example-1/index.html'))).toBe(true);
    }, TIMEOUT);
  });
});

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise<number>((done) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

describe.skipIf(!chromePath || process.env.SKIP_DEV_TEST)('astro dev with a broken chapter', () => {
  it('shows the same message in the browser, and the chapter once it is fixed', async () => {
    await good?.catch(() => {}); // start after the builds, so the machine is not overloaded
    const dir = site('dev');
    addFixture(dir, 'unknown-field.mdx');
    addFixture(dir, 'unknown-fact.mdx');
    writeFileSync(join(dir, 'content/chapters/draft.mdx'), snippetChapter('Not yet.', 20, DRAFT_TITLE).replace('order: 20', 'order: 20\ndraft: true'));
    const port = await freePort();
    const dev = spawn(process.execPath, [join(dir, 'node_modules/astro/astro.js'), 'dev', '--port', String(port)], { cwd: dir, detached: true, env: cleanEnv() });
    let log = '';
    dev.stdout.on('data', (d) => (log += d));
    dev.stderr.on('data', (d) => (log += d));
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: chromePath });
    try {
      for (let i = 0; i < 240 && !log.includes(`localhost:${port}`); i++) await new Promise((r) => setTimeout(r, 500));
      const page = await browser.newPage();
      /** The overlay's text, or the page's, once it shows `text` (pages compile on first visit). */
      const shows = async (path: string, text: string) => {
        let seen = '';
        for (const until = Date.now() + 240_000; Date.now() < until && !seen.includes(text);) {
          // A reload pushed by the dev server can abort a navigation: try again.
          await page.goto(`http://localhost:${port}${path}`, { timeout: 180_000 }).catch(() => {});
          await page.waitForTimeout(1500);
          seen = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? document.body.innerText).catch(() => '');
        }
        // The tail of the dev server's log explains a failure better than the overlay's CSS.
        return seen.includes(text) ? seen.replace(/\s+/g, ' ') : `${seen.slice(-2000)}\n--- astro dev log ---\n${log.slice(-3000)}`;
      };
      expect(await shows('/', 'titel')).toContain('content/chapters/unknown-field.mdx:2 — Unknown frontmatter field "titel". Did you mean "title"? Fix: rename it to title');

      rmSync(join(dir, 'content/chapters/unknown-field.mdx'));
      expect(await shows('/chapters/unknown-fact/', 'hashprice-2024-04-1')).toContain('content/chapters/unknown-fact.mdx:9 — Unknown fact id "hashprice-2024-04-1" in <Fact>. Did you mean "hashprice-2024-04-01"? Fix: use an id from content/facts.json');

      const file = join(dir, 'content/chapters/unknown-fact.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('hashprice-2024-04-1"', 'hashprice-2024-04-01"'));
      expect(await shows('/chapters/unknown-fact/', '$108.6')).toContain('Hashprice was $108.6 per PH/s per day');
      expect(await shows('/', DRAFT_TITLE)).toContain(DRAFT_TITLE);
    } finally {
      await browser.close();
      if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    }
  }, TIMEOUT);
});
