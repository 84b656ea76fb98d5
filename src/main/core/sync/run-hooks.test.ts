import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  records,
  transientError
} from '../../../../tests/support/in-memory-sync-flow'
import { openHarness } from '../../../../tests/support/sync-engine-harness'
import { owedAfterRun } from './run-hooks'

const tempDir = useTempDir()

function hookedFlow(options: { failBefore?: boolean; failAfterTimes?: number } = {}) {
  const source = new ChangeLogSource(5)
  const calls: string[] = []
  let afterFailures = options.failAfterTimes ?? 0
  const flow = {
    ...fakeFlow('customers', source, new InMemoryTarget()),
    async beforeRun() {
      calls.push('before')
      if (options.failBefore) throw new Error('the store could not be marked')
    },
    async afterRun({ recovering }: { recovering: boolean }) {
      calls.push(recovering ? 'after (recovering)' : 'after')
      if (afterFailures-- > 0) throw transientError('Mailchimp did not answer')
    }
  }
  return { source, flow, calls }
}

describe('run hooks', () => {
  it('run afterRun when the run succeeds, when the source fails and when beforeRun fails', async () => {
    const ok = hookedFlow()
    ok.source.push(...records(3))
    const h = await openHarness(tempDir(), { customers: ok.flow })
    expect((await h.engine.run('customers', { trigger: 'manual' })).status).toBe('succeeded')
    ok.source.readError = transientError('connection refused')
    expect((await h.engine.run('customers', { trigger: 'manual' })).status).toBe('failed')
    expect(ok.calls).toEqual(['before', 'after', 'before', 'after'])
    expect(await owedAfterRun(h.database.db, 'customers')).toBeNull()
    await h.close()

    const broken = hookedFlow({ failBefore: true })
    const h2 = await openHarness(tempDir(), { customers: broken.flow })
    const run = await h2.engine.run('customers', { trigger: 'manual' })
    expect(run).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/could not be marked/)
    })
    expect(broken.calls).toEqual(['before', 'after'])
    await h2.close()
  })

  it('keeps afterRun owed when it fails, says so on the run, and completes it at the next start', async () => {
    const flaky = hookedFlow({ failAfterTimes: 1 })
    flaky.source.push(...records(2))
    const h = await openHarness(tempDir(), { customers: flaky.flow })
    const first = await h.engine.run('customers', { trigger: 'manual' })
    expect(first.status).toBe('partial')
    expect(first.error).toMatch(/closing step failed .*tries it again at the next start/)
    expect(await owedAfterRun(h.database.db, 'customers')).toEqual({ runId: first.id })
    await h.engine.run('customers', { trigger: 'manual' })
    expect(flaky.calls).toEqual(['before', 'after', 'after (recovering)', 'before', 'after'])
    expect(await owedAfterRun(h.database.db, 'customers')).toBeNull()
    await h.close()
  })
})
