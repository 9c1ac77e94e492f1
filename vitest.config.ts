import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// Astro's Vite config gives tests the same aliases and Svelte compiler as the site, and its
// language: `SITE_LANG=zh vitest run` runs the Chinese edition's tests (*.zh.test.ts), with every
// i18n folder resolved to its zh.ts as in the Chinese build.
const zh = process.env.SITE_LANG === 'zh';

export default getViteConfig({
  resolve: { conditions: ['browser'] },
  test: {
    include: zh ? ['test/**/*.zh.test.ts'] : ['test/core/**/*.test.ts', 'test/widgets/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/content/**/*.test.ts', 'test/charts/**/*.test.ts', 'test/build/**/*.test.ts', 'test/*.test.ts'],
    // Tests of dist/ run after the build: vitest.dist.config.ts (npm run test:dist).
    exclude: [...configDefaults.exclude, 'test/build/dist/**', ...(zh ? [] : ['test/**/*.zh.test.ts'])],
    environment: 'node',
    benchmark: { include: ['test/**/*.bench.ts'] },
  },
});
