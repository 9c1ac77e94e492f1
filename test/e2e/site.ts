import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = process.env.TEST_DIST ?? 'dist';

/** Every page in the build output, as URL paths: the tests walk dist/ rather than keep a list. */
export function builtPages(dir = distDir): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export const chapterPages = () => builtPages().filter((p) => p.startsWith('/chapters/'));
