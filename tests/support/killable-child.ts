import type { ChildProcess } from 'node:child_process'
import { totalWrites, type SimulatorPair } from './sync-harness'

export interface ChildOutcome {
  /** True when the process was SIGKILLed (by us) before it exited by itself. */
  killed: boolean
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Waits for a syncing child process, SIGKILLing it once the simulators have seen
 * `killAfterWrites` more writes (null: never). `onWrites` sees the count of writes since the
 * start at every poll (a chaos trial restarts a simulator from there).
 */
export function runKillable(
  child: ChildProcess,
  pair: SimulatorPair,
  killAfterWrites: number | null,
  onWrites?: (writes: number) => void
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const startWrites = totalWrites(pair)
    const watch = setInterval(() => {
      const writes = totalWrites(pair) - startWrites
      onWrites?.(writes)
      if (killAfterWrites !== null && writes >= killAfterWrites) child.kill('SIGKILL')
    }, 2)
    child.on('error', reject)
    // 'close', not 'exit': the output is complete only once the pipes are closed.
    child.on('close', (code, signal) => {
      clearInterval(watch)
      resolve({ killed: signal === 'SIGKILL', code, stdout, stderr })
    })
  })
}
