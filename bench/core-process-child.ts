// The core process of bench/main-thread.ts: runCoreProcess (as in Electron's utility process)
// with the real flows; the secrets come from KASSABRUG_BENCH_SECRETS (simulator credentials).
import { runCoreProcess } from '../src/main/core-process/run-core-process'
import { createFlowsFactory } from '../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../src/main/core/secrets/memory-store'
import { parentIpcPort } from '../tests/support/process-ipc-port'

const given = JSON.parse(process.env.KASSABRUG_BENCH_SECRETS ?? '{}') as {
  mailchimp: string
  mplus: string
}
const secrets = new MemorySecretStore()
void secrets.set('mailchimp', given.mailchimp)
void secrets.set('mplus', given.mplus)

runCoreProcess(parentIpcPort(), { secrets, flows: createFlowsFactory() })
