// The child process of the bench's till (see bench-simulators.ts): an MplusKASSA simulator that
// answers from a process of its own, as a real till does from a machine of its own.
import { startMplusSimulator, type MplusSimulator } from '../simulators/mplus'

export type ToMplusProcess =
  | { kind: 'start'; products: number; seed: number; latencyMs?: number }
  | { kind: 'counts' }
  | { kind: 'reset' }
  | { kind: 'close' }

export type FromMplusProcess =
  | { kind: 'started'; port: number; ident: string; secret: string }
  | { kind: 'counts'; requests: Record<string, number>; writes: Record<string, number> }
  | { kind: 'done' }

let simulator: MplusSimulator | null = null

async function answer(message: ToMplusProcess): Promise<FromMplusProcess> {
  if (message.kind === 'start') {
    simulator = await startMplusSimulator({
      fixture: { size: message.products, seed: message.seed },
      latencyMs: message.latencyMs
    })
    return {
      kind: 'started',
      port: simulator.port,
      ident: simulator.ident,
      secret: simulator.secret
    }
  }
  if (!simulator) throw new Error('the till simulator has not been started')
  if (message.kind === 'counts')
    return { kind: 'counts', requests: simulator.requestCounts(), writes: simulator.writeCounts() }
  if (message.kind === 'reset') simulator.resetCounts()
  else await simulator.close()
  return { kind: 'done' }
}

process.on('message', (message: ToMplusProcess) => {
  void answer(message).then(
    (reply) =>
      process.send?.(reply, () => {
        if (message.kind === 'close') process.exit(0)
      }),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
      process.exit(1)
    }
  )
})
