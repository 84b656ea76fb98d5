import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'simulators/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Integration tests start real HTTP servers and SQLite files; the machine has 2 shared cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
})
