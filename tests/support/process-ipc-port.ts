import { fork, type ChildProcess } from 'node:child_process'
import type { FromCore, MessagePortLike } from '../../src/main/core-process/protocol'
import type { CoreProcessPort } from '../../src/main/electron/core-relay'

/**
 * The relay's channel over a plain Node child's IPC (structured clone, like Electron's
 * utilityProcess), for the relay test and the main-thread benchmark, where Electron is absent.
 */
export function parentIpcPort(): MessagePortLike<FromCore> {
  return {
    postMessage: (message) => process.send?.(message),
    onMessage: (listener) => process.on('message', listener)
  }
}

/** Starts a bundled core-process script and gives main's end of the channel. */
export function forkCoreProcess(
  script: string,
  env: Record<string, string> = {}
): { child: ChildProcess; port: CoreProcessPort } {
  const child = fork(script, [], {
    serialization: 'advanced',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  return {
    child,
    port: {
      postMessage: (message) => child.send(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener)
    }
  }
}
