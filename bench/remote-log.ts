import { fork } from 'node:child_process'
import { join } from 'node:path'
import { coreV8Flags } from '../src/main/core-process/heap-options'
import { bundleScript } from '../tests/support/bundle-script'
import type { AddFigure } from './figures'
import type { FromLogProcess, LogPartRequest } from './log-process'

/**
 * Part 6 in a process of its own, started as the app's core process is (plain Node, the core's
 * V8 flags): the log's searches and its purge run in the core process, whose heap holds the
 * core and nothing else. In the bench's own process they ran beside the simulators and what the
 * earlier parts left on the heap, and a purge step could wait for a collection of that heap.
 */
export async function activityLogInCoreProcess(
  request: LogPartRequest & { add: AddFigure; nodeOptions?: string[] }
): Promise<void> {
  const { add, nodeOptions = [], ...part } = request
  const script = await bundleScript(join(import.meta.dirname, 'log-process.ts'))
  const child = fork(script, [], {
    execArgv: [...coreV8Flags, ...nodeOptions],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  await new Promise<void>((resolve, reject) => {
    let settled = false
    child.on('message', (message: FromLogProcess) => {
      if (message.kind === 'figure') add(...message.figure)
      else {
        settled = true
        if (message.kind === 'done') resolve()
        else reject(new Error(`in the log process: ${message.error}`))
      }
    })
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`the log process exited (${code}) before it was done`))
    })
    child.send(part)
  })
}
