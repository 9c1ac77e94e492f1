#!/usr/bin/env node
/**
 * Serves the built site (dist/) with the response headers from dist/_headers, the same file a
 * Netlify or Cloudflare Pages deploy reads, so what the tests see is what is deployed.
 * Usage: node scripts/serve.mjs [--port 4823] [--dir dist]
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseHeadersFile, headersFor } from './headers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 4823));
const root = resolve(arg('dir', 'dist'));
const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

// Netlify and Cloudflare Pages compress text on the wire; so does this server, or Lighthouse
// would measure a slower site than the deployed one. Each version of a file is compressed once.
const compressible = /^(text\/|image\/svg|application\/(json|xml|manifest))/;
const gzipped = new Map();
function gzipOnce({ file, mtimeMs }, body) {
  const key = `${file}:${mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  const s = await stat(file).catch(() => null);
  if (s?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    file = join(file, 'index.html');
  }
  const found = await stat(file).catch(() => null);
  return found?.isFile() ? { file, mtimeMs: found.mtimeMs } : null;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status, body, headers) => {
    res.writeHead(status, { ...headersFor(rules, url.pathname), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  try {
    const found = await resolveFile(url.pathname);
    if (found?.redirect) return send(301, '', { Location: found.redirect + url.search });
    // A missing page of the Chinese edition gets its own 404 page, in Chinese.
    const notFound = join(root, url.pathname.startsWith('/zh/') ? 'zh/404.html' : '404.html');
    if (!found) return send(404, await readFile(notFound).catch(() => 'Not found'), { 'Content-Type': types['.html'] });
    const type = types[extname(found.file)] ?? 'application/octet-stream';
    const body = await readFile(found.file);
    if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      return send(200, gzipOnce(found, body), { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    }
    send(200, body, { 'Content-Type': type, Vary: 'Accept-Encoding' });
  } catch {
    send(500, 'Server error', { 'Content-Type': 'text/plain' });
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`Compute Is Power is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
});
