import { test, expect } from '@playwright/test';
import { builtPages } from './site';

test('every page is served with the security headers from _headers', async ({ request }) => {
  for (const path of builtPages()) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    const frameAncestors = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
    expect(h['content-security-policy'], path).toContain(frameAncestors);
    expect(h['set-cookie'], path).toBeUndefined();
  }
});

test('every page carries a script CSP without unsafe-inline or unsafe-eval', async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp, `${path} has no CSP meta tag`).toContain('script-src');
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('site assets allow cross-origin module loads, so sandboxed embeds can run them', async ({ request, page }) => {
  await page.goto('/embed/squeeze-calculator/');
  const asset = await page.locator('astro-island').first().getAttribute('component-url');
  const res = await request.get(asset!);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
});

test('pages and their scripts arrive compressed, as a deploy serves them, with styles inline', async ({ page }) => {
  const encodings = new Map<string, string | undefined>();
  page.on('response', async (res) => encodings.set(new URL(res.url()).pathname, (await res.allHeaders())['content-encoding']));
  await page.goto('/embed/site-three-ways/');
  await page.locator('[data-hydrated="true"]').first().waitFor();
  expect(encodings.get('/embed/site-three-ways/')).toBe('gzip');
  const scripts = [...encodings].filter(([p]) => p.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const [p, enc] of scripts) expect(enc, p).toBe('gzip');
  // No render-blocking stylesheet requests: the CSS is in the page.
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
});
