import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/create-core'
import { createFlowsFactory } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { flowIds } from '../../src/shared/flows/catalogue'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

async function openCore() {
  return createCore({
    dataDir: tempDir(),
    secrets: new MemorySecretStore(),
    version: 'test',
    flows: createFlowsFactory()
  })
}

describe('the flows this version offers', () => {
  it('are the registry flows in run order, and a flow that is not built is not a flow', async () => {
    const core = await openCore()
    const status = await core.call('sync.status')
    expect(status.flows.map((flow) => flow.flow)).toEqual([...flowIds])
    for (const unbuilt of ['invoices']) {
      expect(await core.invoke('sync.setFlow', { flow: unbuilt, enabled: true })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })
    }
    await core.close()
  })

  it('never has both directions of the categories on: the second is refused with a code', async () => {
    const core = await openCore()
    await core.call('sync.setFlow', { flow: 'categories', enabled: true })
    expect(
      await core.invoke('sync.setFlow', { flow: 'product-types', enabled: true })
    ).toMatchObject({
      ok: false,
      error: { code: 'flows-exclusive', message: expect.stringMatching(/Switch categories off/) }
    })
    await core.call('sync.setFlow', { flow: 'categories', enabled: false })
    await core.call('sync.setFlow', { flow: 'product-types', enabled: true })
    await expect(
      core.call('sync.setFlow', { flow: 'categories', enabled: true })
    ).rejects.toMatchObject({ code: 'flows-exclusive' })
    const status = await core.call('sync.status')
    expect(status.flows.filter((flow) => flow.enabled).map((flow) => flow.flow)).toEqual([
      'product-types'
    ])
    await core.close()
  })

  it('refuse to run until the connections are set up, and say what is missing', async () => {
    const core = await openCore()
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    // No run starts at all (no failed run to show): the call is refused, naming what is missing.
    await expect(core.call('sync.runNow', { flow: 'customers', wait: true })).rejects.toMatchObject(
      { code: 'not-configured', params: { missing: expect.arrayContaining(['listId', 'host']) } }
    )
    expect((await core.call('log.runs', {})).runs).toEqual([])
    expect((await core.call('sync.status')).state).toBe('not-set-up')
    await core.close()
  })
})
