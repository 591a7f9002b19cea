// ESLint: TypeScript (strict rules), Astro components with their accessibility (jsx-a11y) rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.glossa-build-*/',
    '.glossa-build.*/',
    '.glossa-old-*/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'tests/.tmp/',
  ]),
  js.configs.recommended,
  tseslint.configs.strict,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: ['section'] }],
    },
  },
);
