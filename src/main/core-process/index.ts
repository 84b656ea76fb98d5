// The entry of Electron's utility process that runs the core (started by src/main/electron/
// core-process-host.ts): SQLite, the sync engine and the API clients live here, off the main
// thread, so a long write or a log search never freezes the window or the tray.
import { createFlowsFactory } from '../core/flows/create-flows'
import { KeychainSecretStore } from '../core/secrets/keychain-store'
import { readRuntimeSecrets } from '../core/secrets/runtime-secrets'
import type { FromCore } from './protocol'
import { runCoreProcess } from './run-core-process'

/** The two members of Electron's `process.parentPort` used here. */
interface ParentPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (event: { data: unknown }) => void): void
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort
if (!parentPort) throw new Error('core-process must be started with utilityProcess.fork')

runCoreProcess(
  {
    postMessage: (message: FromCore) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data))
  },
  {
    secrets: new KeychainSecretStore(),
    // Credentials given at run time (environment or a secrets file), as for the kassabrug command.
    runtimeSecrets: readRuntimeSecrets(process.env),
    flows: createFlowsFactory()
  }
)
