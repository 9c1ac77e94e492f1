/**
 * WebKitGTK through its own W3C WebDriver server (WebKitWebDriver, Debian's webkit2gtk-driver),
 * driving MiniBrowser under a virtual X display (xvfb-run): a few HTTP calls made with fetch.
 *
 * WebKitGTK 2.50's driver speaks classic WebDriver only (no BiDi, no log endpoint), and console
 * messages are never written out in automation's private session. So errors are watched from
 * inside the page: a small proxy in front of the site puts `listenForErrors` first in each HTML
 * document's <head>, where it runs before the page's own scripts and before its CSP meta tag.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { listenForErrors } from './checks.mjs';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';

/** W3C key codes for the keys the checks press. */
const KEYS = { ArrowLeft: '\uE012', ArrowRight: '\uE014', End: '\uE010', Home: '\uE011' };

/** Serves `origin` on `port`, with the error listener injected into every HTML response. */
function injectingProxy(origin, port) {
  const script = `<script>(${listenForErrors})(true)</script>`;
  const server = createServer(async (req, res) => {
    try {
      const r = await fetch(origin + req.url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      const headers = Object.fromEntries([...r.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)));
      let body = Buffer.from(await r.arrayBuffer());
      if ((r.headers.get('content-type') ?? '').startsWith('text/html')) body = Buffer.from(body.toString('utf8').replace(/<head[^>]*>/i, (m) => m + script));
      res.writeHead(r.status, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`the WebKit proxy cannot listen on port ${port}: ${e.message}`)));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Starts WebKitWebDriver (on `driverPort`) and the proxy (on `proxyPort`), and opens a session.
 * Returns a session for checks.mjs plus close(), which ends the session and every process started.
 */
export async function openWebKit({ origin, driverPort, proxyPort }) {
  const proxy = await injectingProxy(origin, proxyPort);
  // Its own process group, so close() can end xvfb-run, Xvfb, the driver and MiniBrowser together.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${driverPort}`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driver.stderr.on('data', (d) => { driverLog = (driverLog + d).slice(-2000); });
  const base = `http://127.0.0.1:${driverPort}`;
  let sessionUrl = null;

  const call = async (method, path, body, timeoutMs = 30_000) => {
    const r = await fetch(`${sessionUrl ?? base}${path}`, {
      method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
    });
    const json = await r.json();
    if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };

  const close = async () => {
    if (sessionUrl) await call('DELETE', '', undefined, 5000).catch(() => {});
    sessionUrl = null;
    try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise((r) => proxy.close(r));
  };

  try {
    // The driver needs a moment to listen: poll its status rather than sleep.
    for (let i = 0; ; i++) {
      const ready = await fetch(`${base}/status`).then((r) => r.json()).then((j) => j.value?.ready).catch(() => false);
      if (ready) break;
      if (i > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${driverLog.trim() || `exit ${driver.exitCode}`}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const created = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          // MiniBrowser is the driver's default browser; its arguments replace the default
          // ["--automation"], so that one stays first.
          'webkitgtk:browserOptions': { args: ['--automation'] },
          pageLoadStrategy: 'normal',
          timeouts: { pageLoad: 30_000, script: 30_000 },
        },
      },
    }, 60_000);
    sessionUrl = `${base}/session/${created.sessionId}`;
    await call('POST', '/window/rect', { width: 1280, height: 900 });
    const version = `${created.capabilities.browserName} ${created.capabilities.browserVersion}`;
    const proxied = (url) => url.replace(origin, `http://127.0.0.1:${proxyPort}`);

    return {
      version,
      close,
      goto: (url) => call('POST', '/url', { url: proxied(url) }, 35_000),
      run: async (fn, ...args) => {
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
            .then((value) => done({ value }), (e) => done({ error: String((e && e.stack) || e) }));`;
        const out = await call('POST', '/execute/async', { script, args }, 35_000);
        if (out?.error) throw new Error(`in page: ${out.error}`);
        return out?.value;
      },
      press: async (selector, key) => {
        await call('POST', '/execute/sync', { script: 'document.querySelector(arguments[0]).focus()', args: [selector] });
        await call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }] }] });
      },
      // Everything is recorded in the page (see the top of this file).
      errors: () => [],
    };
  } catch (e) {
    await close();
    throw e;
  }
}
