import { test, expect } from '@playwright/test';
import { pageBytes, kb } from '../../scripts/bytes.mjs';
import { builtPages, distDir } from './site';

/** Bytes are deterministic, so the JavaScript budget is a test; timings stay in `npm run bench`. */
const JS_BUDGET_GZIP = 60 * 1024;

for (const path of builtPages()) {
  test(`${path} ships at most 60 KB of JavaScript (gzip), and none without widgets`, () => {
    const b = pageBytes(distDir, path);
    if (b.islands === 0) expect(b.js.files, `${path} loads JS files but has no widget`).toBe(0);
    expect(b.js.gzip, `${path}: ${kb(b.js.gzip)} KB gzip`).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
}
