import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-lazy.ts'],
    globalSetup: ['test/global-tmp.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
