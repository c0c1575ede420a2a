/**
 * Unit tests run in parallel; integration tests share one Neo4j (Community has one user database),
 * so they run in band and each file clears the graph before it starts (tests/support/graph.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    // linkedom (the intake's DOM) is CommonJS but requires these ES-module-only packages, which
    // Node loads by require(esm) and Jest cannot: they are compiled to CommonJS for the tests.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|css-what|domutils|domhandler|dom-serializer|domelementtype|entities|htmlparser2|boolbase|nth-check|cssomnom)/)',
  ],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // Crash rounds that restart a Neo4j JVM run only in the long reliability run (docs/reliability.md).
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(process.env.ISNAD_RELIABILITY_ROUNDS ? [] : ['/tests/reliability/long/']),
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  maxWorkers: 1,
  // Sized for a busy 2-core machine: a spawned CLI or a cold first query can take most of a minute
  // there; suites that need more set their own.
  testTimeout: 180000,
};
