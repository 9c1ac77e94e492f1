import { describe, expect, it } from 'vitest';
import { joinSpaced, zh } from '@lib/i18n/zhSpacing';

describe('zh (Chinese text with values, spaced at Latin–Chinese edges)', () => {
  it.each([
    { got: zh`一份${'GPU 云合同'}`, expected: '一份 GPU 云合同' },
    { got: zh`${'IREN–Microsoft'}是一份`, expected: 'IREN–Microsoft 是一份' },
    { got: zh`${'Applied Digital–CoreWeave，第三栋楼'}是一份`, expected: 'Applied Digital–CoreWeave，第三栋楼是一份' },
    { got: zh`签约于${'2025年9月25日'}，由${'Google'}兜底`, expected: '签约于 2025年9月25日，由 Google 兜底' },
    { got: zh`在${'124万美元'}到${'226万美元'}之间`, expected: '在 124万美元到 226万美元之间' },
    { got: zh`${'970万美元'}${'/兆瓦 IT 负载/年'}`, expected: '970万美元/兆瓦 IT 负载/年' },
    { got: zh`（${'MW'}）`, expected: '（MW）' },
    { got: zh`${12}个月`, expected: '12 个月' },
    { got: zh`口径${''}。`, expected: '口径。' },
  ])('$expected', ({ got, expected }) => expect(got).toBe(expected));

  it('leaves the template’s own words as written', () => {
    expect(zh`2024年的IT`).toBe('2024年的IT');
    expect(joinSpaced('', '年')).toBe('年');
  });
});
