// Runs only the client's unit tests, without the root config's Neo4j global setup:
//   npx jest -c client/jest.unit.config.cjs
// The full suite (npm test) runs the same files through the root jest.config.ts.
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit'],
  testMatch: ['**/client-*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', verbatimModuleSyntax: false } }],
  },
};
