/**
 * Firefox ESR (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, headless.
 * Errors come from BiDi's log.entryAdded events (puppeteer's 'console' and 'pageerror'); the
 * shared listener, added as a BiDi preload script, adds failed resources and CSP violations.
 */
import puppeteer from 'puppeteer-core';
import { listenForErrors } from './checks.mjs';

export const FIREFOX = '/usr/bin/firefox-esr';

/** Launches Firefox and opens a page. Returns a session for checks.mjs plus close(). */
export async function openFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox's own start-up chatter (telemetry, updates) is off in puppeteer's profile already.
    timeout: 60_000,
  });
  const close = async () => {
    await browser.close().catch(() => {});
    // A wedged browser may ignore close(): make sure the process is gone.
    const proc = browser.process();
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  };
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    await page.evaluateOnNewDocument(listenForErrors, false);
    let errors = [];
    page.on('pageerror', (e) => errors.push(`uncaught ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
    return {
      version: await browser.version(),
      close,
      goto: async (url) => {
        errors = [];
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      },
      run: (fn, ...args) => page.evaluate(fn, ...args),
      press: async (selector, key) => {
        await page.focus(selector);
        await page.keyboard.press(key);
      },
      errors: () => errors,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
