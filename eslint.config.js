// Not type-checked: eslint-plugin-jsx-a11y ships no types.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import regexp from 'eslint-plugin-regexp';

/** Every module takes zod from src/config/zod.ts, which sets it up for the strict CSP first. */
const zodFromConfig = {
  name: 'zod',
  message: "Import { z } from src/config/zod.ts (it sets zod's jitless mode for the CSP).",
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules (floating promises, unsafe any, misused promises…) on every TypeScript file.
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  { files: ['**/*.tsx'], ...reactHooks.configs.flat.recommended },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Endpoint bytes and pasted values are hostile: no pattern in src/ may backtrack super-linearly
    // (issue 12). The recommended set catches the rest of the usual regex mistakes.
    files: ['src/**/*.{ts,tsx,astro}'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Config files, scripts and tests run in Node.
    files: ['*.{js,mjs,ts}', 'tests/**/*', 'scripts/**/*', 'src/server/**/*', 'src/pages/api/**/*'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // The token must never reach a log: console output is reserved for the server's one-line probe log.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/config/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodFromConfig] }] },
  },
  {
    // Architecture guard (../shared/DESIGN.md): the library is pure and isomorphic.
    files: ['src/lib/**/*.ts', 'src/config/**/*.ts'],
    ignores: ['src/config/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodFromConfig],
          patterns: [
            { group: ['node:*'], message: 'src/lib must stay isomorphic: no node:* imports.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/lib must not import React.',
            },
            {
              group: ['**/server/**', '~/server/*'],
              message: 'src/lib must not import server code.',
            },
            {
              group: ['**/components/**', '~/components/*'],
              message: 'src/lib must not import components.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
      ],
    },
  },
  {
    files: ['src/components/**/*', 'src/content/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodFromConfig],
          patterns: [
            {
              group: ['**/server/**', '~/server/*'],
              message: 'The browser bundle must never contain src/server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*', 'scripts/**/*'],
    rules: { 'no-console': 'off' },
  },
);
