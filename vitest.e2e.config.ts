// End-to-end tests: the web build served on loopback, driven in Debian's Chromium by playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/support/install-fs-guard.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // On CI a test that fails is run once more before it counts as failed: a real browser on a shared
    // machine can miss a moment (a worker's answer racing a poll); a real fault fails both times, and
    // vitest's report still names a test that passed only on its second run.
    retry: process.env['CI'] ? 1 : 0,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
