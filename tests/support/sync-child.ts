/**
 * A sync in a process of its own, so a test can SIGKILL it at any point. Reads where the
 * simulators are from KASSABRUG_CHILD (JSON), runs every enabled flow once and exits 0 when all
 * runs finished without a run-level error.
 */
import { createCore } from '../../src/main/core/create-core'
import { createFlowsFactory } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import type { CallInput, FlowId } from '../../src/shared/contract'

interface ChildConfig {
  dataDir: string
  mailchimpApiKey: string
  mplusSecret: string
  settings: CallInput<'settings.update'>
  flows: FlowId[]
  pageSize: number
  /** Batch status polls (default the client's). */
  batchPollMs?: number
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.KASSABRUG_CHILD ?? '{}') as ChildConfig
  const secrets = new MemorySecretStore()
  await secrets.set('mailchimp', config.mailchimpApiKey)
  await secrets.set('mplus', config.mplusSecret)
  const core = await createCore({
    dataDir: config.dataDir,
    secrets,
    version: 'kill-test',
    flows: createFlowsFactory({ pageSize: config.pageSize, batchPollMs: config.batchPollMs }),
    // A killed process leaves its lease behind; a short lease lets the next process take over.
    syncEngine: { leaseTtlMs: 300 }
  })
  await core.call('settings.update', config.settings)
  for (const flow of config.flows) await core.call('sync.setFlow', { flow, enabled: true })
  const result = await core.call('sync.runNow', { all: true, wait: true })
  await core.close()
  const problems = result.runs.filter((run) => run.error !== null)
  process.stdout.write(
    JSON.stringify(
      result.runs.map((run) => ({ flow: run.flow, counts: run.counts, error: run.error }))
    ) + '\n'
  )
  process.exit(problems.length === 0 ? 0 : 3)
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(2)
})
