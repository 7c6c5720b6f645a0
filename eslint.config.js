import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Modules that must never be imported from core/: core runs in the page, in Node and in tests alike.
const CORE_FORBIDDEN = [
  { group: ['wxt', 'wxt/*', '#imports', '#i18n'], message: 'core/ must not depend on WXT.' },
  { group: ['preact', 'preact/*', '@preact/*'], message: 'core/ must not depend on UI code.' },
  { group: ['webextension-polyfill', '@wxt-dev/*', '@webext-core/*'], message: 'core/ must not touch browser APIs or storage.' },
  { group: ['**/utils/**', '**/components/**', '**/entrypoints/**', '**/scripts/**'], message: 'core/ must not import extension glue.' },
  { group: ['node:*', 'fs', 'path', 'linkedom', 'happy-dom', 'jsdom'], message: 'core/ runs in the page: no Node modules.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', '.tmp/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
