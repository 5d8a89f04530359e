// One flat config for server, client, scripts and tests; type-aware so that
// no-floating-promises can see which calls return promises.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', 'dist/', 'neo4j/', '.data/', '.venv/', 'test-results/', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // window.cy is an automation hook for page tests and the console; the page itself asks the
    // canvas through useCanvas() (client/src/canvas/handle.ts). Only the hook that sets it may touch it.
    files: ['client/src/**/*.ts', 'client/src/**/*.tsx'],
    ignores: ['client/src/canvas/useCytoscape.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'cy', message: 'Use useCanvas() (the canvas handle); window.cy is for page tests and the console only.' }],
    },
  },
  {
    // Components never hold Cytoscape itself: what they need is on the canvas handle.
    files: ['client/src/components/**/*.ts', 'client/src/components/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^cytoscape', message: 'Components reach the canvas through useCanvas(), not Cytoscape.' }] }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['client/vite.config.mts'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests build their configuration through testConfig(), which never reads the developer's .env.
    files: ['tests/**/*.ts'],
    ignores: ['tests/support/env.ts', 'tests/unit/api-config.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/server/config', '**/server/config/*'],
          importNames: ['loadConfig', 'readSettings'],
          message: 'Use testConfig() from tests/support/env.ts: it ignores the environment and .env.',
        }],
      }],
    },
  },
);
