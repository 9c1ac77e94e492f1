import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { HEIGHT_REQUEST, heightMessages, isHeightRequest, shouldPost } from '@lib/widget/embed';
import { readHeight } from '@lib/widget/share/hostHeight';
import { embedSnippet, embedUrl } from '@lib/widget/share/snippet';
import { widgets } from '@widgets/registry';

describe('isHeightRequest', () => {
  const cases: { args: unknown; expected: boolean }[] = [
    { args: HEIGHT_REQUEST, expected: true },
    { args: { 'cip-embed': 'request-height' }, expected: true },
    { args: { 'cip-embed': 'request-height', extra: 1 }, expected: false },
    { args: { 'cip-embed': 'navigate' }, expected: false },
    { args: JSON.stringify(HEIGHT_REQUEST), expected: false },
    { args: [HEIGHT_REQUEST], expected: false },
    { args: null, expected: false },
    { args: undefined, expected: false },
    { args: 42, expected: false },
    { args: { 'datawrapper-height': { x: 10 } }, expected: false },
  ];
  for (const { args, expected } of cases) {
    it(`is ${expected} for ${JSON.stringify(args) ?? String(args)}`, () => expect(isHeightRequest(args)).toBe(expected));
  }
});

describe('heightMessages', () => {
  it('says the height in the Datawrapper, Embedly (JSON string) and Canvas dialects, rounded up', () => {
    const [dw, embedly, canvas] = heightMessages('squeeze-calculator', 812.2, 'https://x/embed/squeeze-calculator/');
    expect(dw).toEqual({ 'datawrapper-height': { 'squeeze-calculator': 813 } });
    expect(JSON.parse(embedly)).toEqual({ src: 'https://x/embed/squeeze-calculator/', context: 'iframe.resize', height: 813 });
    expect(canvas).toEqual({ subject: 'lti.frameResize', height: 813 });
  });

  it('gives messages readHeight reads back', () => {
    for (const m of heightMessages('w', 640, 'u')) expect(readHeight(m)).toBe(640);
  });
});

describe('readHeight', () => {
  const cases: { args: unknown; expected: number | null }[] = [
    { args: { 'datawrapper-height': { a: 700 } }, expected: 700 },
    { args: '{"context":"iframe.resize","height":333}', expected: 333 },
    { args: { subject: 'lti.frameResize', height: 480.5 }, expected: 481 },
    { args: { subject: 'lti.frameResize', height: '480' }, expected: null },
    { args: { subject: 'lti.frameResize', height: Number.NaN }, expected: null },
    { args: { subject: 'lti.frameResize', height: 1e9 }, expected: null },
    { args: { subject: 'lti.frameResize', height: 10 }, expected: null },
    { args: { 'datawrapper-height': [700] }, expected: null },
    { args: { context: 'something-else', height: 300 }, expected: null },
    { args: 'not json', expected: null },
    { args: null, expected: null },
    { args: 7, expected: null },
  ];
  for (const { args, expected } of cases) {
    it(`reads ${expected} from ${JSON.stringify(args)}`, () => expect(readHeight(args)).toBe(expected));
  }
});

describe('shouldPost', () => {
  it('posts every growth, however small', () => expect(shouldPost(500, 501)).toBe(true));
  it('ignores a shrink of a few pixels, so the frame cannot oscillate', () => expect(shouldPost(500, 495)).toBe(false));
  it('posts a real shrink', () => expect(shouldPost(500, 420)).toBe(true));
  it('posts the first measurement', () => expect(shouldPost(0, 300)).toBe(true));
});

describe('embedUrl', () => {
  it('adds the query with or without its "?"', () => {
    expect(embedUrl('https://s', 'w', '?w.a=1')).toBe('https://s/embed/w/?w.a=1');
    expect(embedUrl('https://s', 'w', 'w.a=1')).toBe('https://s/embed/w/?w.a=1');
  });
  it('leaves no bare "?" for the default state', () => {
    expect(embedUrl('https://s', 'w', '')).toBe('https://s/embed/w/');
    expect(embedUrl('https://s', 'w', '?')).toBe('https://s/embed/w/');
  });
});

describe('embedSnippet', () => {
  const src = 'https://s/embed/w/?w.a=1&w.b=2';
  const html = embedSnippet({ src, title: 'The "squeeze" & co', heightPx: 812.4 });

  it('is an iframe with a meaningful title, lazy loading, fullscreen, full width and a fixed height', () => {
    expect(html).toMatch(/^<iframe /);
    expect(html).toContain('title="The &quot;squeeze&quot; &amp; co (interactive, Compute Is Power)"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('allow="fullscreen"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('height="812"');
  });

  it('escapes the ampersands of the query', () => expect(html).toContain('src="https://s/embed/w/?w.a=1&amp;w.b=2"'));

  it('adds the host script line only when asked', () => {
    expect(html).not.toContain('<script');
    expect(embedSnippet({ src, title: 't', heightPx: 500, hostScriptOrigin: 'https://s' })).toContain('\n<script src="https://s/embed-host.js" async></script>');
  });
});

describe('embed heights', () => {
  it('every registered widget declares a plausible embed height (measured by test/e2e/teach.spec.ts)', () => {
    expect(widgets.filter((w) => !(Number.isInteger(w.embedHeightPx) && w.embedHeightPx >= 300 && w.embedHeightPx <= 6000)).map((w) => w.id)).toEqual([]);
  });
});

/** Runs public/embed-host.js against a tiny fake page with two iframes: ours and a stranger's. */
function hostPage() {
  const listeners: ((e: { data: unknown; source: unknown }) => void)[] = [];
  const posted: { to: string; message: unknown }[] = [];
  const frame = (name: string, src: string) => ({ src, style: { height: '' }, contentWindow: { postMessage: (message: unknown) => posted.push({ to: name, message }) } });
  const ours = frame('ours', 'https://site.test/embed/squeeze-calculator/?sq.power=0.06');
  const theirs = frame('theirs', 'https://elsewhere.test/embed/chart/');
  const document = { currentScript: { src: 'https://site.test/embed-host.js' }, getElementsByTagName: () => [ours, theirs] };
  const window = { addEventListener: (_: string, f: (typeof listeners)[number]) => listeners.push(f) };
  runInNewContext(readFileSync('public/embed-host.js', 'utf8'), { window, document, URL, JSON, Math, Object });
  const send = (data: unknown, source: unknown) => listeners.forEach((f) => f({ data, source }));
  return { ours, theirs, posted, send };
}

describe('public/embed-host.js', () => {
  it('is a few hundred bytes', () => expect(readFileSync('public/embed-host.js').length).toBeLessThan(1024));

  it('asks the site’s frames for their height when it starts, and no one else’s', () => {
    const { posted } = hostPage();
    expect(posted).toEqual([{ to: 'ours', message: HEIGHT_REQUEST }]);
  });

  it('sizes the frame whose window sent the height, in each dialect', () => {
    const { ours, send } = hostPage();
    for (const [i, m] of heightMessages('squeeze-calculator', 900, 'u').entries()) {
      send(m, ours.contentWindow);
      expect(ours.style.height, `dialect ${i + 1}`).toBe('900px');
    }
  });

  it('ignores heights from frames of other sites, from unknown windows and in unknown shapes', () => {
    const { ours, theirs, send } = hostPage();
    send({ subject: 'lti.frameResize', height: 700 }, theirs.contentWindow);
    send({ subject: 'lti.frameResize', height: 700 }, {});
    send({ subject: 'lti.frameResize', height: '700' }, ours.contentWindow);
    send({ subject: 'lti.frameResize', height: 1e7 }, ours.contentWindow);
    send('{broken json', ours.contentWindow);
    send(null, ours.contentWindow);
    expect(theirs.style.height).toBe('');
    expect(ours.style.height).toBe('');
  });
});
