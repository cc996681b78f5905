import { defineConfig } from 'vitest/config'

/**
 * Three projects, run by `npm test`:
 * - unit: pure rules (money, pipeline, plugin rules), no database;
 * - integration: Payload booted on real PostgreSQL, one fresh database per test file, through the local API,
 *   REST and GraphQL;
 * - e2e: the real app in Next.js driven by headless Chromium.
 */
export default defineConfig({
  test: {
    // every create that returns what it wrote reads it back too and fails if the two differ (src/kit/create-returns-written.ts)
    env: { BUREAU_VERIFY_WRITTEN_DOCUMENTS: 'on', BUREAU_VERIFY_SQL_TEXT: 'on' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'plugins/*/test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'plugins/*/test/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['test/setup/postgres-server.ts'],
          setupFiles: ['test/setup/database-per-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          globalSetup: ['test/setup/app-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
