import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cssRules, repeatedRules } from '../../scripts/css.mjs';
import { compile } from 'svelte/compiler';
import { cssHash, isScopedClass } from '../../svelte.config.js';

describe('cssRules', () => {
  it.each([
    { css: '', expected: [] },
    { css: '.a{color:red}.b{margin:0}', expected: ['.a{color:red}', '.b{margin:0}'] },
    { css: '/* note */ .a { color: red } ', expected: ['.a{color: red}'] },
    { css: '@media (min-width: 60rem){.a{top:0}.b{top:1px}}', expected: ['@media (min-width: 60rem) > .a{top:0}', '@media (min-width: 60rem) > .b{top:1px}'] },
    { css: '@media print{@supports (display:grid){.a{display:grid}}}', expected: ['@media print > @supports (display:grid) > .a{display:grid}'] },
    { css: '.a::after{content:"}{"}.b{x:y}', expected: ['.a::after{content:"}{"}', '.b{x:y}'] },
    { css: '@keyframes spin{from{rotate:0}to{rotate:1turn}}', expected: ['@keyframes spin{from{rotate:0}to{rotate:1turn}}'] },
    { css: '@import url(x.css);.a{b:c}', expected: ['@import url(x.css);', '.a{b:c}'] },
  ])('flattens $css', ({ css, expected }) => {
    expect(cssRules(css)).toEqual(expected);
  });
});

describe('repeatedRules', () => {
  it('finds a rule written twice, in one <style> or across two, and only in the same context', () => {
    const html = '<style>.a{x:1}.b{y:2}</style><style>.a{x:1}@media print{.b{y:2}}</style>';
    expect(repeatedRules(html)).toEqual([{ rule: '.a{x:1}', times: 2 }]);
  });
});

describe('scoped class names (svelte.config.js)', () => {
  const components = Object.keys(import.meta.glob('/src/**/*.svelte')).map((f) => f.slice(1));
  /** The class the compiler gives a component with this file name, through the site's cssHash. */
  const scoped = (filename: string) => {
    let name = '';
    compile('<p></p><style>p { margin: 0 }</style>', { filename, cssHash: (o) => (name = cssHash(o)) });
    return name;
  };
  const name = (file: string) => scoped(join(process.cwd(), file));

  it('gives every component its own, the same wherever the project is cloned', () => {
    const names = components.map(name);
    expect(components.length).toBeGreaterThan(40);
    expect(new Set(names).size, 'two components share a scoped class name').toBe(components.length);
    expect(names.every(isScopedClass)).toBe(true);
    // Hashed from the path inside the project: the same from /work/main/src/… as from src/….
    expect(name(components[0]!)).toBe(scoped(components[0]!));
  });
});
