import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { MplusSimulator } from '../../../../../simulators/mplus/index'
import { connectorFailure, startSimulatedMplus } from '../../../../../tests/support/mplus-simulated'
import type { MplusClient } from './client'
import type { MplusProduct } from './types'

// A page of 1 000 articles (about 1.2 MB of XML) is read and checked in slices, with a turn of the
// event loop between them (soap-call.ts), so that the records in flight are not held up. The
// slices must give exactly what one piece would, and an error must still name its element.
describe('Mplus client: a big answer read in slices', () => {
  let simulator: MplusSimulator
  let client: MplusClient

  beforeAll(async () => {
    ;({ simulator, client } = await startSimulatedMplus(
      { fixture: { size: 500, seed: 8 } },
      { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }
    ))
  })
  afterAll(async () => {
    await simulator.close()
  })

  /** The catalogue read in pages of `articles`, with the times the event loop was given a turn. */
  async function readAll(articles: number): Promise<{ products: MplusProduct[]; turns: number }> {
    const turns = vi.spyOn(globalThis, 'setImmediate')
    try {
      const products: MplusProduct[] = []
      for await (const page of client.iterateProducts({ syncMarkerLimit: articles }))
        products.push(...page.items)
      return { products, turns: turns.mock.calls.length }
    } finally {
      turns.mockRestore()
    }
  }

  it('gives the same products as small answers read in one piece, with turns in between', async () => {
    const big = await readAll(1000)
    const small = await readAll(40)
    expect(big.products.length).toBeGreaterThan(300)
    expect(big.products).toEqual(small.products)
    // Pages of 40 articles are far below the size read in slices: no turns of their own.
    expect(small.turns).toBe(0)
    expect(big.turns).toBeGreaterThan(10)
  })

  it('names a bad element deep in a big answer by its place in the whole list', async () => {
    let seen = 0
    simulator.faults.rewriteNext('getProducts', (xml) => ({
      // The 120th product's number is not a number: the slice that holds it says which one.
      body: xml.replace(/<ns:productNumber>\d+<\/ns:productNumber>/g, (match) =>
        ++seen === 121 ? '<ns:productNumber>12a</ns:productNumber>' : match
      )
    }))
    const error = await connectorFailure(client.getProducts({ syncMarkerLimit: 1000 }))
    expect(seen).toBeGreaterThan(200)
    expect(error).toMatchObject({ kind: 'invalid-response', details: { code: 'SCHEMA_MISMATCH' } })
    expect(error.message).toMatch(
      /element GetProductsResponse\/productList\/product\/120\/productNumber: not an integer/
    )
  })
})
