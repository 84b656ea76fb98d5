import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/create-core'
import { createFlowsFactory, implementedFlows } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

describe('the flows this version offers', () => {
  it('are the only ones in the status, and the others cannot be switched on', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: 'test',
      flows: createFlowsFactory()
    })
    const status = await core.call('sync.status')
    expect(status.flows.map((flow) => flow.flow)).toEqual([...implementedFlows])
    await expect(core.call('sync.setFlow', { flow: 'stock', enabled: true })).rejects.toMatchObject(
      {
        code: 'not-found',
        message: 'The stock flow is not available in this version of Kassabrug yet.'
      }
    )
    await core.close()
  })

  it('refuse to run until the connections are set up, and say what is missing', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: 'test',
      flows: createFlowsFactory()
    })
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    const { runs } = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(runs[0].status).toBe('failed')
    expect(runs[0].error).toMatch(/Mailchimp audience.*not set/)
    await core.close()
  })
})
