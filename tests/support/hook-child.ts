/**
 * A sync in a process of its own whose flow has run hooks: beforeRun sets the Mailchimp store's
 * is_syncing, afterRun clears it (as the orders-out back-fill will). In mode "hang" the run stops
 * in the middle (between the hooks) and waits to be killed; in mode "finish" it runs to the end.
 * Prints "recovered" when afterRun completed a run of a process that died.
 */
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import { createCore } from '../../src/main/core/create-core'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { setUpStandInConnections } from './in-memory-sync-flow'
import type { FlowDefinition } from '../../src/main/core/sync/flow'

interface HookChildConfig {
  dataDir: string
  apiKey: string
  baseUrl: string
  storeId: string
  mode: 'hang' | 'finish'
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.KASSABRUG_HOOK_CHILD ?? '{}') as HookChildConfig
  const mailchimp = createMailchimpClient({ apiKey: config.apiKey, baseUrl: config.baseUrl })
  const flow: FlowDefinition<{ id: string }, { id: string }> = {
    id: 'customers',
    entity: 'customer',
    source: 'mailchimp',
    target: 'mplus',
    async beforeRun() {
      await mailchimp.setStoreSyncing(config.storeId, true)
    },
    async afterRun({ recovering }) {
      await mailchimp.setStoreSyncing(config.storeId, false)
      if (recovering) process.stdout.write('recovered\n')
    },
    async *read() {
      if (config.mode === 'hang') {
        process.stdout.write('between the hooks\n')
        // Keeps the process alive until the test kills it.
        await new Promise(() => setInterval(() => undefined, 1000))
      }
      yield { records: [{ id: 'a' }], checkpoint: '1' }
    },
    key: (record) => record.id,
    plan: async (record) => ({ action: 'write', create: record, update: record }),
    write: async () => ({ targetId: 'T1' })
  }
  const core = await createCore({
    dataDir: config.dataDir,
    secrets: new MemorySecretStore(),
    version: 'hook-test',
    flows: () => ({ customers: flow }),
    // A killed process leaves its lease behind; a short lease lets the next process take over.
    syncEngine: { leaseTtlMs: 300 }
  })
  await setUpStandInConnections(core)
  await core.call('sync.setFlow', { flow: 'customers', enabled: true })
  const result = await core.call('sync.runNow', { flow: 'customers', wait: true })
  await core.close()
  process.exit(result.runs.every((run) => run.error === null) ? 0 : 3)
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(2)
})
