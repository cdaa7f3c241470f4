import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/*.neo4j.test.ts', '**/*.browser.test.ts', '**/node_modules/**'],
          // Some start the CLI in a child process (tsx compiles it first): seconds on a busy 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // In Debian's Chromium (apt-get install chromium), never a downloaded browser.
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Against a real Neo4j (see packages/store/test/neo4j-setup.ts); files share one database, so one at a time.
        test: {
          name: 'neo4j',
          include: ['packages/*/test/**/*.neo4j.test.ts', 'examples/test/**/*.neo4j.test.ts'],
          globalSetup: ['packages/store/test/neo4j-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
