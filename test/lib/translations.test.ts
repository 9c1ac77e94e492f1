/**
 * `npm run translations` (scripts/translations.mjs), on a git repository of its own: a Chinese
 * chapter is current while its English is as it was at the commit it names, and behind once the
 * English changes, with the sections that changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationStatus } from '../../scripts/translations.mjs';

const root = mkdtempSync(join(tmpdir(), 'translations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' }).trim();
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

const english = (wages: string) => `---\ntitle: "The squeeze"\n---\n\nIntro.\n\n## Wages\n\n${wages}\n\n## Power\n\nPower.\n`;
git('init', '-q');
write('content/chapters/01-x.mdx', english('Hashprice fell.'));
git('add', '.');
git('commit', '-qm', 'English');
const commit = git('rev-parse', '--short', 'HEAD');
write('content/zh/chapters/01-x.mdx', `---\ntitle: "减半之困"\ntranslates: ${commit}\n---\n\n……\n`);

describe('translationStatus', () => {
  it('finds a translation current while its English is as it was', () => {
    expect(translationStatus('zh', root)).toEqual([{ file: 'content/zh/chapters/01-x.mdx', english: 'content/chapters/01-x.mdx', translates: commit, known: true, stale: false, changedSections: [] }]);
  });

  it('finds it behind once the English changes, naming the sections that did', () => {
    write('content/chapters/01-x.mdx', english('Hashprice fell to a record low.').replace('## Power', '## Heat\n\nNew.\n\n## Power'));
    const [s] = translationStatus('zh', root);
    expect(s).toMatchObject({ stale: true, known: true });
    expect(s!.changedSections).toEqual(['Wages', 'Heat (new)']);
  });

  it('says when it cannot tell: a commit this copy does not have', () => {
    write('content/zh/chapters/01-x.mdx', '---\ntitle: "减半之困"\ntranslates: 0000000\n---\n');
    expect(translationStatus('zh', root)[0]).toMatchObject({ known: false, stale: false });
  });
});
