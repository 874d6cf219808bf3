// Unit and integration tests in Node: core, storage on fake-indexeddb, the CLI on real files, main handlers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{core,renderer,cli,main,node-shared,lint,support}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/node-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
