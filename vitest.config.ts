import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// Astro's Vite config gives tests the same aliases and Svelte compiler as the site.
export default getViteConfig({
  resolve: { conditions: ['browser'] },
  test: {
    include: ['test/core/**/*.test.ts', 'test/widgets/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/content/**/*.test.ts', 'test/charts/**/*.test.ts', 'test/build/**/*.test.ts', 'test/*.test.ts'],
    // Tests of dist/ run after the build: vitest.dist.config.ts (npm run test:dist).
    exclude: [...configDefaults.exclude, 'test/build/dist/**'],
    environment: 'node',
    benchmark: { include: ['test/**/*.bench.ts'] },
  },
});
