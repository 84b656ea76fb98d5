// What the Electron main thread pays while the core works in its own process: a 10 000-record
// sync (5 000 products + 5 000 members) and activity-log searches, relayed by the real relay
// (createCoreClient) from a real core process. Each message's handling in main (check against the
// protocol and the event's zod schema, then hand it to the window: a structured clone, as IPC
// does) is timed. The simulators run in this process too, so the event-loop figure below is an
// upper bound for main; Electron's own work (painting, IPC to the renderer) cannot be measured
// without Electron.
//   npx tsx bench/main-thread.ts [--products 5000] [--members 5000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createCoreClient } from '../src/main/electron/core-relay'
import { bundleScript } from '../tests/support/bundle-script'
import { forkCoreProcess } from '../tests/support/process-ipc-port'
import { connectionSettings, harnessFlows, startSimulatorPair } from '../tests/support/sync-harness'

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '5000' },
    members: { type: 'string', default: '5000' }
  }
})
async function main(): Promise<void> {
  const pair = await startSimulatorPair({
    products: Number(values.products),
    members: Number(values.members)
  })
  const dir = mkdtempSync(join(tmpdir(), 'kassabrug-main-thread-'))
  const script = await bundleScript(join(__dirname, 'core-process-child.ts'))
  const { child, port } = forkCoreProcess(script, {
    KASSABRUG_BENCH_SECRETS: JSON.stringify({
      mailchimp: pair.mailchimp.apiKey,
      mplus: pair.mplus.secret
    })
  })

  const costs: number[] = []
  const slowest: Array<{ ms: number; what: string }> = []
  const timedPort: typeof port = {
    ...port,
    onMessage: (listener) =>
      port.onMessage((message) => {
        const started = performance.now()
        listener(message)
        const ms = performance.now() - started
        costs.push(ms)
        slowest.push({ ms, what: describe(message) })
        slowest.sort((a, b) => b.ms - a.ms).splice(3)
      })
  }
  const client = createCoreClient(timedPort, {
    dataDir: join(dir, 'data'),
    logDir: join(dir, 'logs'),
    version: 'bench'
  })
  // The window's share of each event: the structured clone webContents.send makes.
  client.onEvent((event) => structuredClone(event))
  await client.ready
  await client.call('settings.update', connectionSettings(pair))
  for (const flow of harnessFlows) await client.call('sync.setFlow', { flow, enabled: true })

  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const syncStarted = performance.now()
  const result = await client.call('sync.runNow', { all: true, wait: true })
  const syncMs = performance.now() - syncStarted
  const searchStarted = performance.now()
  for (const text of ['example', 'nl', '1', 'straat'])
    await client.call('log.records', { text, limit: 200 })
  const searchMs = performance.now() - searchStarted
  loop.disable()
  await client.close()
  child.kill()
  await pair.close()
  rmSync(dir, { recursive: true, force: true })

  const sorted = [...costs].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const records = result.runs.reduce(
    (sum, run) =>
      sum +
      run.counts.created +
      run.counts.updated +
      run.counts.linked +
      run.counts.unchanged +
      run.counts.skipped +
      run.counts.failed,
    0
  )
  process.stdout.write(
    [
      `records synced: ${records} in ${(syncMs / 1000).toFixed(1)} s; 4 log searches in ${searchMs.toFixed(0)} ms`,
      `messages relayed: ${costs.length}`,
      `relay cost per message in main: median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${sorted.at(-1)?.toFixed(3)} ms`,
      `slowest: ${slowest.map((entry) => `${entry.what} ${entry.ms.toFixed(1)} ms`).join(', ')}`,
      `event-loop delay of this process (relay + simulators): p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`,
      ''
    ].join('\n')
  )
}

/** A relayed message in a few words: its kind, and the event's name. */
function describe(message: unknown): string {
  const { kind, event } = message as { kind?: string; event?: { name?: string } }
  return kind === 'event' ? `event ${event?.name}` : String(kind)
}

void main()
