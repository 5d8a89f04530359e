// Unit, integration and page tests in one run. Integration tests talk to the real Neo4j that
// tests/support/global-setup.ts starts and seeds; nothing is mocked.
import type { Config } from 'jest';

// ESM-only packages (intake's HTML and Markdown readers and their dependencies) that Jest's
// CommonJS runtime cannot require: compiled to CommonJS like the project's own files.
const ESM_PACKAGES = ['marked', 'htmlparser2', 'domhandler', 'domutils', 'domelementtype', 'dom-serializer', 'entities'];

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', verbatimModuleSyntax: false } }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', verbatimModuleSyntax: false } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
