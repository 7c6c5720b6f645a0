import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests (core/ on a Node DOM) and component tests (Preact on happy-dom, opted in per file with
// `// @vitest-environment happy-dom`). End-to-end tests have their own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    globals: true,
    testTimeout: 30_000,
  },
});
