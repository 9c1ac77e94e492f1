/**
 * Helpers that run inside the page (installed with page.addInitScript, which the page's CSP does
 * not block): colour maths for WCAG contrast, the effective background behind an element, the
 * colours of a native slider's track and thumb, and the visible marks of a chart.
 * Tests call them as `window.__a11y.*` inside page.evaluate.
 */
import type { Page } from '@playwright/test';

export interface Mark {
  tag: string;
  /** Short description for failure messages. */
  what: string;
  fill: number | null;
  stroke: number | null;
  /** Best of fill and stroke contrast against the background behind the mark. */
  best: number;
  bg: string;
}

export interface InPage {
  rgba(css: string): [number, number, number, number];
  contrast(a: string, b: string): number;
  /** Opaque colour of the background painted behind `el`, as rgb(). */
  backgroundOf(el: Element): string;
  /** Resolves a CSS colour value (may use var()) in the context of `el`, as computed rgb(a). */
  resolve(value: string, el: Element): string;
  /** Track and thumb colours of an input[type=range], read from the stylesheet rules that style its pseudo-elements. */
  sliderColors(input: HTMLInputElement): { track: string | null; thumb: string | null; thumbBorder: string | null };
  /** Visible data marks in an svg with their contrast against the background. */
  marks(svg: SVGSVGElement): Mark[];
  /** Colour of the focus indicator of the focused element, or null when none is drawn. */
  focusIndicator(el: Element): { style: string; color: string | null; width: number } | null;
  /** A short CSS-ish path naming an element, for messages. */
  describe(el: Element): string;
}

declare global {
  interface Window { __a11y: InPage }
}

/** The helpers' source; runs in the page before any of its scripts. */
function install() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const cache = new Map<string, [number, number, number, number]>();
  const rgba = (css: string): [number, number, number, number] => {
    const hit = cache.get(css);
    if (hit) return hit;
    const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
    let out: [number, number, number, number];
    if (m) out = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
    else {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      out = d[3] === 0 ? [0, 0, 0, 0] : [Math.round(d[0]! / (d[3]! / 255)), Math.round(d[1]! / (d[3]! / 255)), Math.round(d[2]! / (d[3]! / 255)), d[3]! / 255];
    }
    cache.set(css, out);
    return out;
  };
  const lum = ([r, g, b]: number[]) => {
    const f = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const over = (top: number[], bottom: number[], alpha = top[3]!) =>
    [0, 1, 2].map((i) => top[i]! * alpha + bottom[i]! * (1 - alpha));
  const css = (c: number[]) => `rgb(${c.map((v) => Math.round(v)).join(', ')})`;
  const contrast = (a: string, b: string) => {
    const bg = rgba(b);
    const fg = over(rgba(a), bg);
    const [l1, l2] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const backgroundOf = (el: Element): string => {
    const layers: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let base = [255, 255, 255];
    for (const l of layers.reverse()) base = over(l, base);
    return css(base);
  };
  const resolve = (value: string, el: Element) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    (el.parentElement ?? document.body).appendChild(probe);
    const out = getComputedStyle(probe).color;
    probe.remove();
    return out;
  };
  const pseudoRules = (el: Element, pseudo: string) => {
    const found: CSSStyleRule[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const r of Array.from(rules)) {
        if (r instanceof CSSStyleRule) {
          for (const sel of r.selectorText.split(',')) {
            if (!sel.includes(pseudo)) continue;
            const base = sel.replace(pseudo, '').trim() || '*';
            try { if (el.matches(base)) found.push(r); } catch { /* selector the engine cannot match */ }
          }
        } else if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
      }
    };
    for (const s of Array.from(document.styleSheets)) {
      try { walk(s.cssRules); } catch { /* cross-origin sheet */ }
    }
    return found;
  };
  const lastValue = (rules: CSSStyleRule[], props: string[]) => {
    for (const r of [...rules].reverse()) for (const p of props) {
      const v = r.style.getPropertyValue(p);
      if (v) return v;
    }
    return null;
  };
  const sliderColors = (input: HTMLInputElement) => {
    const track = lastValue(pseudoRules(input, '::-webkit-slider-runnable-track'), ['background-color', 'background']);
    const thumbRules = pseudoRules(input, '::-webkit-slider-thumb');
    const thumb = lastValue(thumbRules, ['background-color', 'background']);
    const border = lastValue(thumbRules, ['border-color', 'border']);
    const borderColor = border ? border.replace(/^\s*[\d.]+px\s+\w+\s+/, '') : null;
    return {
      track: track ? resolve(track, input) : null,
      thumb: thumb ? resolve(thumb, input) : null,
      thumbBorder: borderColor ? resolve(borderColor, input) : null,
    };
  };
  const describe = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
      const cls = typeof e.className === 'string' ? e.className.split(/\s+/).filter((c) => c && !c.startsWith('svelte-')).slice(0, 2) : [];
      const label = e.getAttribute('aria-label') ?? e.getAttribute('data-widget') ?? '';
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls.map((c) => `.${c}`).join('')}${label ? `[${label.slice(0, 30)}]` : ''}`);
      if (e.hasAttribute('data-widget')) break;
    }
    return parts.join(' > ');
  };
  const opacityOf = (el: Element) => {
    let o = 1;
    for (let e: Element | null = el; e && !(e instanceof HTMLElement); e = e.parentElement) o *= Number(getComputedStyle(e).opacity || 1);
    return o;
  };
  const marks = (svg: SVGSVGElement): Mark[] => {
    const bg = backgroundOf(svg);
    const out: Mark[] = [];
    for (const el of Array.from(svg.querySelectorAll<SVGGraphicsElement>('path, rect, circle, ellipse, line, polyline, polygon'))) {
      if (el.closest('defs, clipPath, mask, marker, pattern')) continue;
      // Grid lines are decorative: the tick labels carry the values (WCAG 1.4.11 exempts them).
      if (el.closest('.grid, [data-decorative]')) continue;
      const box = el.getBBox();
      if (box.width === 0 && box.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const o = opacityOf(el);
      const paint = (value: string, alpha: number) => {
        if (!value || value === 'none' || value.startsWith('url(')) return null;
        const c = rgba(value);
        const a = c[3] * alpha * o;
        if (a === 0) return null;
        return contrast(`rgba(${c[0]}, ${c[1]}, ${c[2]}, ${a})`, bg);
      };
      const fill = el.tagName === 'line' ? null : paint(cs.fill, Number(cs.fillOpacity));
      const sw = parseFloat(cs.strokeWidth) || 0;
      const stroke = sw >= 1 ? paint(cs.stroke, Number(cs.strokeOpacity)) : null;
      if (fill === null && stroke === null) continue;
      const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !c.startsWith('svelte-')).join('.');
      const chart = svg.querySelector(':scope > title')?.textContent?.slice(0, 40) ?? '';
      const paintAttrs = ['fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'opacity'].map((k) => el.getAttribute(k) ? `${k}=${el.getAttribute(k)}` : '').filter(Boolean).join(' ');
      out.push({ tag: el.tagName, what: `"${chart}" ${el.tagName}${cls ? `.${cls}` : ''} ${paintAttrs || `fill=${cs.fill} stroke=${cs.stroke}`}`, fill, stroke, best: Math.max(fill ?? 0, stroke ?? 0), bg });
    }
    return out;
  };
  const focusIndicator = (el: Element) => {
    const cs = getComputedStyle(el);
    const width = parseFloat(cs.outlineWidth) || 0;
    if (cs.outlineStyle !== 'none' && width > 0) return { style: `outline ${cs.outlineStyle} ${width}px`, color: cs.outlineColor, width };
    if (cs.boxShadow && cs.boxShadow !== 'none') {
      const m = /(rgba?\([^)]*\)|#[0-9a-f]+)/i.exec(cs.boxShadow);
      return { style: `box-shadow ${cs.boxShadow}`, color: m ? m[1]! : null, width: 2 };
    }
    if (el instanceof SVGElement && cs.stroke !== 'none' && el.matches(':focus-visible')) {
      return { style: `svg stroke ${cs.strokeWidth}`, color: cs.stroke, width: parseFloat(cs.strokeWidth) || 0 };
    }
    return null;
  };
  window.__a11y = { rgba, contrast, backgroundOf, resolve, sliderColors, marks, focusIndicator, describe };
}

export const installInPage = (page: Page) => page.addInitScript(install);
