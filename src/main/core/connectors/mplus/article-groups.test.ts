import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusSimulator } from '../../../../../simulators/mplus'
import { articleGroupsOnce, keptFields } from './article-groups'
import { createMplusClient } from './client'

describe('article groups once per run', () => {
  let simulator: MplusSimulator
  beforeAll(async () => {
    simulator = await startMplusSimulator({ fixture: { size: 5, seed: 3 }, latencyMs: 20 })
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('reads the tree once for records that ask at the same time, and again after a failed read', async () => {
    const mplus = createMplusClient({
      host: simulator.host,
      port: simulator.port,
      useTls: false,
      ident: simulator.ident,
      secret: simulator.secret,
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 }
    })
    const groups = articleGroupsOnce(mplus, (list) => new Map(list.map((g) => [g.groupNumber, g])))
    simulator.resetCounts()
    simulator.faults.failNext('getArticleGroups', 'server-fault')
    await expect(groups()).rejects.toThrow()
    const maps = await Promise.all(Array.from({ length: 8 }, () => groups()))
    expect(new Set(maps).size).toBe(1)
    expect(maps[0].size).toBe(simulator.state.articleGroups.size)
    await groups()
    expect(simulator.requestCounts().getArticleGroups).toBe(2)
  })
})

describe('what a run keeps of an article group', () => {
  it('keeps the fields a mapping reads, not the lists as long as the catalogue', () => {
    const group = {
      groupNumber: 7,
      name: 'Dames (webgroep)',
      text: 'Dames › Jurken en rokken',
      sortOrder: 2,
      subGroupList: [],
      productNumbers: Array.from({ length: 1000 }, (_, index) => index + 1),
      articleNumbers: [11, 12]
    }
    expect(keptFields(group)).toEqual({
      groupNumber: 7,
      name: 'Dames (webgroep)',
      text: 'Dames › Jurken en rokken',
      sortOrder: 2
    })
  })
})
