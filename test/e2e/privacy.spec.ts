import { test, expect } from '@playwright/test';
import { checkedPages } from './site';

test('no page (every chapter, one of each other template) requests anything off its origin, sets a cookie, or logs an error', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offOrigin.push(u);
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const path of checkedPages()) {
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
  }
  expect(offOrigin).toEqual([]);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
