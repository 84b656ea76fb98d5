/**
 * The sync alone, in its own process: a core configured for simulators that run in the bench's
 * process. It answers the bench's messages (bench/remote-core.ts) over the child IPC channel: a
 * call into the core, or its CPU time and peak RSS so far. So every CPU, time and memory figure
 * of the sync is the engine's, not the simulators'.
 * Usage (through remote-core.ts, which bundles it and starts it as plain Node): a 'start' message.
 */
import type { CallName } from '../src/shared/contract'
import type { Core } from '../src/main/core/create-core'
import { startConfiguredCore } from '../tests/support/configured-core'
import type { FromSyncProcess, SyncProcessUsage, ToSyncProcess } from './remote-core'

let core: Core | undefined

// Where the peak RSS lives: the JS heap, or memory outside it (buffers, SQLite's cache).
const peak = { heapMb: 0, externalMb: 0 }
setInterval(() => {
  const memory = process.memoryUsage()
  peak.heapMb = Math.max(peak.heapMb, memory.heapUsed / 2 ** 20)
  peak.externalMb = Math.max(peak.externalMb, memory.external / 2 ** 20)
}, 200).unref()

function usage(): SyncProcessUsage {
  const used = process.cpuUsage()
  return {
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    peakHeapMb: peak.heapMb,
    peakExternalMb: peak.externalMb
  }
}

function reply(message: FromSyncProcess): void {
  process.send?.(message)
}

async function handle(message: ToSyncProcess): Promise<void> {
  try {
    if (message.kind === 'start') {
      core = await startConfiguredCore(message.endpoints, message.dataDir, message.options)
      reply({ id: message.id, ok: true, value: null, usage: usage() })
    } else if (message.kind === 'call') {
      if (!core) throw new Error('the sync process has no core yet')
      const call = core.call as (name: CallName, input?: unknown) => Promise<unknown>
      const value = await call(message.name, message.input)
      reply({ id: message.id, ok: true, value, usage: usage() })
    } else if (message.kind === 'retained') {
      // What the core holds on to once a run is over: the heap after a full collection.
      if (!globalThis.gc) throw new Error('the sync process was started without --expose-gc')
      globalThis.gc()
      reply({
        id: message.id,
        ok: true,
        value: process.memoryUsage().heapUsed / 2 ** 20,
        usage: usage()
      })
    } else if (message.kind === 'usage') {
      reply({ id: message.id, ok: true, value: null, usage: usage() })
    } else {
      await core?.close()
      core = undefined
      reply({ id: message.id, ok: true, value: null, usage: usage() })
      process.disconnect()
    }
  } catch (error) {
    reply({
      id: message.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      usage: usage()
    })
  }
}

process.on('message', (message: ToSyncProcess) => void handle(message))
