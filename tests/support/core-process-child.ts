/**
 * The core process as the relay test starts it: a plain Node child (Electron's utilityProcess is
 * the same idea) running the real runCoreProcess over the child's IPC channel, with one in-memory
 * customers flow whose writes are slow enough (KASSABRUG_WRITE_MS) for a close to arrive mid-run.
 */
import { runCoreProcess } from '../../src/main/core-process/run-core-process'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import type { FlowsFactory } from '../../src/main/core/sync/flow'
import { parentIpcPort } from './process-ipc-port'
import { ChangeLogSource, fakeFlow, InMemoryTarget, records } from './in-memory-sync-flow'

const writeMs = Number(process.env.KASSABRUG_WRITE_MS ?? '0')
const source = new ChangeLogSource(5)
source.push(...records(40))
const target = new InMemoryTarget()
target.beforeWrite = () => new Promise((resolve) => setTimeout(resolve, writeMs))
const flows: FlowsFactory = Object.assign(
  () => ({ customers: fakeFlow('customers', source, target) }),
  {
    offers: ['customers'] as const
  }
)

runCoreProcess(parentIpcPort(), { secrets: new MemorySecretStore(), flows })
