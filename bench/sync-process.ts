/**
 * The sync alone, in its own process, for the memory figure: a core configured for simulators
 * that run in the parent process runs the products flow once and prints its peak RSS as JSON.
 * Usage: tsx bench/sync-process.ts '<SimulatorEndpoints as JSON>' <data dir>
 */
import { startConfiguredCore, type SimulatorEndpoints } from '../tests/support/sync-harness'

async function main(): Promise<void> {
  const endpoints = JSON.parse(process.argv[2]) as SimulatorEndpoints
  const startRssMb = process.memoryUsage().rss / 2 ** 20
  const core = await startConfiguredCore(endpoints, process.argv[3])
  const started = performance.now()
  const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
  const ms = performance.now() - started
  await core.close()
  process.stdout.write(
    `${JSON.stringify({
      startRssMb,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ms,
      counts: runs[0]?.counts
    })}\n`
  )
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
