/**
 * A core in a child process of its own (bench/sync-process.ts), driven from the bench's process,
 * where the simulators run: the bench measures the sync process alone (its wall time, CPU time
 * and peak RSS), while it counts requests at the simulators as before.
 */
import { fork } from 'node:child_process'
import { join } from 'node:path'
import type { CallArgs, CallName, CallOutput } from '../src/shared/contract'
import { coreV8Flags } from '../src/main/core-process/heap-options'
import { bundleScript } from '../tests/support/bundle-script'
import type { startConfiguredCore, SimulatorEndpoints } from '../tests/support/configured-core'

type CoreOptions = NonNullable<Parameters<typeof startConfiguredCore>[2]>

export interface SyncProcessUsage {
  /** CPU time (user + system) of the sync process since it started. */
  cpuMs: number
  /** Its peak resident set so far. */
  peakRssMb: number
  rssMb: number
  /** The largest JS heap in use and memory outside it (buffers), sampled every 0.2 s. */
  peakHeapMb: number
  peakExternalMb: number
}

export type ToSyncProcess = { id: number } & (
  | { kind: 'start'; endpoints: SimulatorEndpoints; dataDir: string; options: CoreOptions }
  | { kind: 'call'; name: CallName; input: unknown }
  | { kind: 'usage' }
  | { kind: 'retained' }
  | { kind: 'close' }
)

export type FromSyncProcess = { id: number; usage: SyncProcessUsage } & (
  { ok: true; value: unknown } | { ok: false; error: string }
)

export interface RemoteCore {
  call<N extends CallName>(name: N, ...input: CallArgs<N>): Promise<CallOutput<N>>
  usage(): Promise<SyncProcessUsage>
  /** The JS heap the core keeps after a full collection, in MB. */
  retainedHeapMb(): Promise<number>
  close(): Promise<SyncProcessUsage>
}

/** Where the simulators listen: the part of a SimulatorPair a core in another process needs. */
export function endpointsOf(pair: SimulatorEndpoints): SimulatorEndpoints {
  return {
    mailchimp: {
      apiKey: pair.mailchimp.apiKey,
      baseUrl: pair.mailchimp.baseUrl,
      listId: pair.mailchimp.listId
    },
    mplus: { port: pair.mplus.port, ident: pair.mplus.ident, secret: pair.mplus.secret }
  }
}

// Bundled once per bench run: the sync process runs as plain Node, as the app's core does, not
// through tsx (whose compiler and source maps alone add about 50 MB before the first record).
let syncProcessScript: Promise<string> | null = null

/**
 * Starts the sync process and its core, with the V8 flags of the app's core process;
 * `nodeOptions` are added (e.g. `--cpu-prof`, from the bench's `--cpu-prof`).
 */
export async function startRemoteCore(
  pair: SimulatorEndpoints,
  dataDir: string,
  options: CoreOptions = {},
  nodeOptions: string[] = []
): Promise<RemoteCore> {
  syncProcessScript ??= bundleScript(join(import.meta.dirname, 'sync-process.ts'))
  const child = fork(await syncProcessScript, [], {
    // --expose-gc only for retainedHeapMb: the core never collects by hand.
    execArgv: [...coreV8Flags, '--expose-gc', ...nodeOptions],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  let next = 1
  const waiting = new Map<number, (message: FromSyncProcess) => void>()
  let exited: Error | null = null
  child.on('message', (message: FromSyncProcess) => {
    waiting.get(message.id)?.(message)
    waiting.delete(message.id)
  })
  child.on('exit', (code) => {
    exited = new Error(`the sync process exited (${code})`)
    for (const settle of waiting.values())
      settle({
        id: 0,
        ok: false,
        error: exited.message,
        usage: { cpuMs: 0, peakRssMb: 0, rssMb: 0, peakHeapMb: 0, peakExternalMb: 0 }
      })
    waiting.clear()
  })
  const send = (message: ToSyncProcess) =>
    new Promise<FromSyncProcess>((resolve, reject) => {
      if (exited) return reject(exited)
      waiting.set(message.id, resolve)
      child.send(message)
    }).then((answer) => {
      if (!answer.ok) throw new Error(`in the sync process: ${answer.error}`)
      return answer
    })
  await send({ id: next++, kind: 'start', endpoints: endpointsOf(pair), dataDir, options })
  return {
    call: async (name, ...[input]) =>
      (await send({ id: next++, kind: 'call', name, input })).value as CallOutput<typeof name>,
    usage: async () => (await send({ id: next++, kind: 'usage' })).usage,
    retainedHeapMb: async () => (await send({ id: next++, kind: 'retained' })).value as number,
    async close() {
      const { usage } = await send({ id: next++, kind: 'close' })
      if (!exited) await new Promise((resolve) => child.once('exit', resolve))
      return usage
    }
  }
}
