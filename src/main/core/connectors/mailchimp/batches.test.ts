import { afterEach, describe, expect, it } from 'vitest'
import {
  fixtureStoreId,
  startMailchimpSimulator,
  type MailchimpSimulator
} from '../../../../../simulators/mailchimp'
import {
  loadMailchimpRequestValidator,
  mailchimpSpecAvailable
} from '../../../../../tests/support/mailchimp-openapi'
import { createMailchimpClient } from './client'
import type { BatchOperationInput } from './batch-runner'
import { subscriberHash } from './subscriber-hash'

const running: MailchimpSimulator[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()))
})

const fast = { pollIntervalMs: 10, maxPolls: 2000 }

describe('Mailchimp batch operations over real HTTP', () => {
  it('round-trips a 1 000-operation batch and maps every result back by operation_id', async () => {
    const validator = mailchimpSpecAvailable ? loadMailchimpRequestValidator() : null
    const sim = await startMailchimpSimulator({
      fixture: { members: 0, products: 50, seed: 3 },
      onRequest: (request) => validator?.record(request)
    })
    running.push(sim)
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    const store = `/ecommerce/stores/${fixtureStoreId}`
    const variants = [...sim.state.products.get(fixtureStoreId)!.keys()].flatMap((productId) =>
      [...sim.state.variants.get(`${fixtureStoreId}/${productId}`)!.values()].map((variant) => ({
        productId,
        variant
      }))
    )
    const operations: BatchOperationInput[] = []
    for (let i = 0; i < 500; i++) {
      const { productId, variant } = variants[i % variants.length]
      operations.push({
        operation_id: `stock-${i}`,
        method: 'PATCH',
        path: `${store}/products/${productId}/variants/${variant.id}`,
        body: { inventory_quantity: i }
      })
    }
    for (let i = 0; i < 480; i++)
      operations.push({
        operation_id: `member-${i}`,
        method: 'PUT',
        path: `/lists/${sim.listId}/members/${subscriberHash(`lid${i}@telenet.be`)}`,
        body: {
          email_address: `lid${i}@telenet.be`,
          status_if_new: 'subscribed',
          merge_fields: { FNAME: 'Lid', LNAME: `${i}` }
        }
      })
    for (let i = 0; i < 20; i++)
      operations.push({
        operation_id: `ghost-${i}`,
        method: 'PUT',
        path: `${store}/products/ghost-${i}/variants/v`,
        body: { id: 'v', title: 'Spook' }
      })

    const statuses = new Set<string>()
    const run = await client.runBatch(operations, {
      ...fast,
      onProgress: (batch) => statuses.add(batch.status)
    })
    expect(run.batch).toMatchObject({
      status: 'finished',
      total_operations: 1000,
      errored_operations: 20
    })
    expect(run.counts).toEqual({ ok: 980, failed: 20, missing: 0 })
    expect(run.results.map((result) => result.operationId)).toEqual(
      operations.map((op) => op.operation_id)
    )
    const failed = run.results.filter((result) => result.outcome === 'failed')
    expect(failed.map((result) => result.operationId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `ghost-${i}`)
    )
    for (const result of failed)
      if (result.outcome === 'failed')
        expect(result.error).toMatchObject({
          kind: 'permanent',
          details: { httpStatus: 404, code: 'Resource Not Found' }
        })
    const stock = run.results.find((result) => result.operationId === 'stock-499')
    expect(
      stock?.outcome === 'ok' &&
        (stock.response as { inventory_quantity: number }).inventory_quantity
    ).toBe(499)
    expect(sim.state.members.get(sim.listId)?.size).toBe(480)
    expect(statuses.has('finished')).toBe(true)
    if (validator) {
      expect(validator.problems()).toEqual([])
      expect(validator.checkedCount()).toBeGreaterThanOrEqual(981)
    }
  })

  it('reports operations whose result is absent from the archive as missing, never drops them', async () => {
    const sim = await startMailchimpSimulator({})
    running.push(sim)
    sim.faults.batchResultsToDrop = 3
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    const operations: BatchOperationInput[] = Array.from({ length: 10 }, (_, i) => ({
      operation_id: `ping-${i}`,
      method: 'GET',
      path: '/ping'
    }))
    const run = await client.runBatch(operations, fast)
    expect(run.counts).toEqual({ ok: 7, failed: 0, missing: 3 })
    expect(run.results).toHaveLength(10)
    const missing = run.results
      .filter((result) => result.outcome === 'missing')
      .map((result) => result.operationId)
    expect(missing).toEqual(['ping-7', 'ping-8', 'ping-9'])
    expect(run.results.find((result) => result.operationId === 'ping-9')).toMatchObject({
      outcome: 'missing',
      error: { kind: 'transient' }
    })
  })

  it('submits a batch, reads its status and waits until it is finished (the steps runBatch takes)', async () => {
    const sim = await startMailchimpSimulator({})
    running.push(sim)
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    const submitted = await client.submitBatch([
      { operation_id: 'a', method: 'GET', path: '/ping' },
      { operation_id: 'b', method: 'GET', path: '/ping' }
    ])
    expect(submitted).toMatchObject({ total_operations: 2 })
    expect(await client.getBatch(submitted.id)).toMatchObject({
      id: submitted.id,
      total_operations: 2
    })
    const finished = await client.waitForBatch(submitted.id, fast)
    expect(finished).toMatchObject({
      id: submitted.id,
      status: 'finished',
      finished_operations: 2,
      errored_operations: 0,
      response_body_url: expect.any(String)
    })
    await expect(client.getBatch('no-such-batch')).rejects.toMatchObject({
      details: { httpStatus: 404 }
    })
  })

  it('refuses an expired results link with a clear error after asking for a fresh one', async () => {
    const sim = await startMailchimpSimulator({ batchResultTtlMs: -1 })
    running.push(sim)
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    await expect(
      client.runBatch([{ operation_id: 'a', method: 'GET', path: '/ping' }], fast)
    ).rejects.toMatchObject({
      kind: 'permanent',
      message: expect.stringContaining('may have expired')
    })
    expect(sim.requestCounts()['GET /batches/{batch_id}']).toBeGreaterThanOrEqual(2)
  })

  it('refuses duplicate or empty operation ids before sending anything', async () => {
    const sim = await startMailchimpSimulator({})
    running.push(sim)
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    await expect(
      client.submitBatch([
        { operation_id: 'x', method: 'GET', path: '/ping' },
        { operation_id: 'x', method: 'GET', path: '/ping' }
      ])
    ).rejects.toMatchObject({ kind: 'validation' })
    await expect(client.submitBatch([])).rejects.toMatchObject({ kind: 'validation' })
    expect(sim.requestCounts()).toEqual({})
  })
})

describe('batches another process left at Mailchimp', () => {
  it('waits until every unfinished batch of the account is finished, and returns at once when none is', async () => {
    const sim = await startMailchimpSimulator({ fixture: { members: 0, seed: 4 } })
    running.push(sim)
    const client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
    // Submitted and not waited for, as by a process killed right after its POST /batches.
    const operations: BatchOperationInput[] = Array.from({ length: 800 }, (_, i) => ({
      operation_id: `member-${i}`,
      method: 'PUT',
      path: `/lists/${sim.listId}/members/${subscriberHash(`klant${i}@voorbeeld.be`)}`,
      body: { email_address: `klant${i}@voorbeeld.be`, status_if_new: 'transactional' }
    }))
    const left = await client.submitBatch(operations)
    expect(left.status).not.toBe('finished')

    expect(await client.waitForUnfinishedBatches(fast)).toBe(1)
    expect(sim.state.batches.get(left.id)?.status).toBe('finished')
    expect(sim.state.members.get(sim.listId)?.size).toBe(800)
    expect(await client.waitForUnfinishedBatches(fast)).toBe(0)
  })
})
