/** Jest in native ESM mode (Nest 12 ships ES modules only); TypeScript through SWC. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60000,
  // Native ESM under --experimental-vm-modules keeps every suite's module graph alive: one process running
  // all suites in band (Jest's choice on a 2-core machine) ran out of heap in CI. Setting a limit makes Jest
  // run the suites in worker processes, recycled once one holds more than this after a suite.
  workerIdleMemoryLimit: '1GB',
};
