import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests (core/ on a Node DOM; utils/ with WXT's fake browser) and component tests (Preact on
// happy-dom, opted in per file with `// @vitest-environment happy-dom`). End-to-end tests have their
// own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    globals: true,
    testTimeout: 30_000,
  },
});
