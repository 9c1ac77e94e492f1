import { getViteConfig } from 'astro/config';

/**
 * Tests of the built site in dist/ that need no browser (bytes, headers, HTML, links, metadata):
 * `npm run test:dist`, which `npm test` runs after the build. TEST_DIST points them at another
 * build folder. The main config (vitest.config.ts) leaves them out, since it runs before the build.
 */
export default getViteConfig({
  resolve: { conditions: ['browser'] },
  test: {
    include: ['test/build/dist/**/*.test.ts'],
    environment: 'node',
  },
});
