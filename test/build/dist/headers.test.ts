/**
 * Response headers as deployed: dist/ served by scripts/serve.mjs, which applies dist/_headers
 * the way Netlify and Cloudflare Pages do. Plain HTTP requests; no browser needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBytes, pageScripts } from '../../../scripts/bytes.mjs';
import { builtPages, distDir, htmlOf, isEmbed, scriptSrcOf } from '../../support/builtSite';

let server: ChildProcess;
let origin = '';

const freePort = () => new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => done(port));
  });
});

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', distDir], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('scripts/serve.mjs did not start');
}, 20_000);
afterAll(() => { server?.kill(); });

const pages = builtPages();
const get = (path: string, gzip = false) => fetch(`${origin}${path}`, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} });

describe('headers', () => {
  it.each(pages)('%s is served with the security headers from _headers', async (path) => {
    const h = (await get(path)).headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(h.get('content-security-policy')).toContain(isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'self'");
    expect(h.get('set-cookie')).toBeNull();
  });

  it.each(pages)('%s carries a script CSP without unsafe-inline or unsafe-eval', (path) => {
    const scriptSrc = scriptSrcOf(htmlOf(path));
    expect(scriptSrc, `${path} has no CSP meta tag with script-src`).toContain('script-src');
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('site assets allow cross-origin module loads, so sandboxed embeds can run them', async () => {
    const asset = /component-url="([^"]+)"/.exec(htmlOf('/embed/squeeze-calculator/'))?.[1];
    expect(asset, 'an island on the embed page').toBeDefined();
    expect((await get(asset!)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('pages and every script they can load arrive compressed, as a deploy serves them, with styles inline', async () => {
    const path = '/embed/site-three-ways/';
    expect((await get(path, true)).headers.get('content-encoding')).toBe('gzip');
    const scripts = pageScripts(distDir, path);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect((await get(s, true)).headers.get('content-encoding'), s).toBe('gzip');
    // No render-blocking stylesheet requests: the CSS is in the page.
    expect(pageBytes(distDir, path).css.files).toBe(0);
    expect(htmlOf(path)).not.toMatch(/<link[^>]*rel="stylesheet"/);
  });
});
