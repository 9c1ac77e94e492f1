import { describe, expect, it } from 'vitest';
import { cssRules, repeatedRules } from '../../scripts/css.mjs';

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
