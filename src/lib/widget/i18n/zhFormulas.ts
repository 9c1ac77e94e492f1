/**
 * 核心公式（src/core/*.ts 中的 Formula，按 fn 名）与共享假设（src/core/assumptions.ts 的
 * ASSUMPTIONS，按英文 label）的中文说明。test/lib/i18n.test.ts 要求每个公式和假设都有条目。
 */
export const formulas: Record<string, string> = {};

export const assumptions: Record<string, { label: string; unit: string; basis: string }> = {};
