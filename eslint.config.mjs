import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', 'storybook-static/**', '**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data must never become markup.' }] },
      ],
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-html': 'error',
    },
  },
  {
    // Build and check scripts run in Node, and hand functions to the browser through puppeteer.
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Classic scripts that tests write into example pages, and the benchmark's plain-DOM scripts.
    files: ['test-support/**/*.js', 'packages/*/test/**/*.js', 'bench/plain/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // A test file in the browser, under mocha, for the test command's own tests.
    files: ['scripts/fixtures/**/*.test.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
