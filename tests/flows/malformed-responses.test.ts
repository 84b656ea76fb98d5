import { beforeAll, describe, expect, it } from 'vitest'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import type { Core } from '../../src/main/core/create-core'
import type { RecordLogEntry, RunSummary } from '../../src/shared/contract'
import { harnessStoreId, totalWrites, type SimulatorPair } from '../support/sync-harness'
import { useShops } from '../support/shops'

/**
 * Both APIs answer garbage through real sockets on 127.0.0.1 (the simulators' fault machinery):
 * an unreadable page stops that flow's run with the reason, an unreadable answer to a write fails
 * that record alone with `target-answer-unreadable` and its code, and once the servers behave a
 * re-run completes everything exactly once — an answer lost after the write landed neither loses
 * nor duplicates the record.
 */
const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core
const runs: RunSummary[][] = []
let writesAfterFirstRun = -1
const newMembers = ['eerste', 'tweede', 'derde', 'vierde'].map((name) => `${name}@ziggo.nl`)

const run = async (): Promise<RunSummary[]> => {
  const result = await core.call('sync.runNow', { all: true, wait: true })
  runs.push(result.runs)
  return result.runs
}
const runOf = (index: number, flow: string) => runs[index].find((entry) => entry.flow === flow)!

async function logOf(runId: number): Promise<RecordLogEntry[]> {
  const entries: RecordLogEntry[] = []
  for (const flow of ['customers', 'products'] as const) {
    const page = await core.call('log.records', { flow, limit: 500 })
    entries.push(...page.records.filter((entry) => entry.runId === runId))
  }
  return entries
}

function activeProducts(): string[] {
  return [...pair.mplus.state.products.values()]
    .filter((product) => product.articleList.article.some((article) => article.active !== false))
    .map((product) => String(product.productNumber))
}

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(['customers', 'products'], {
    products: 10,
    members: 8,
    seed: 11
  }))

  // Run 1: the first page of each source is garbage.
  pair.mailchimp.faults.inject({ kind: 'truncated-json', method: 'GET', pathIncludes: '/members' })
  pair.mplus.faults.rewriteNext('getProducts', () => ({
    status: 200,
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    contentType: 'text/html'
  }))
  await run()
  writesAfterFirstRun = totalWrites(pair)

  // Run 2: the sources read fine, but answers to writes are garbage — some after the write landed.
  const mailchimp = createMailchimpClient({
    apiKey: pair.mailchimp.apiKey,
    baseUrl: pair.mailchimp.baseUrl
  })
  for (const email of newMembers)
    await mailchimp.upsertMember(pair.mailchimp.listId, {
      email_address: email,
      status_if_new: 'subscribed',
      merge_fields: { FNAME: 'Nieuw', LNAME: email.split('@')[0] }
    })
  pair.mplus.faults.rewriteNext(
    'createRelation',
    (xml) => ({ body: xml.slice(0, Math.floor(xml.length / 2)) }),
    2
  )
  pair.mplus.faults.rewriteNext(
    'createRelation',
    (xml) => ({ status: 200, body: xml.replace('</SOAP-ENV:Body>', ''), contentType: 'text/xml' }),
    1
  )
  pair.mailchimp.faults.inject({
    kind: 'truncated-json',
    method: 'PUT',
    pathIncludes: '/products/',
    count: 2
  })
  pair.mailchimp.faults.inject({
    kind: 'html',
    status: 200,
    method: 'PUT',
    pathIncludes: '/products/'
  })
  await run()

  // Runs 3 and 4: the servers behave.
  pair.mplus.faults.clear()
  pair.mailchimp.faults.clear()
  await run()
  await run()
}, 180_000)

describe('garbage answers from both APIs', () => {
  it('an unreadable first page stops that run with the reason, and writes nothing', () => {
    expect(runOf(0, 'customers')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('not complete JSON')
    })
    expect(runOf(0, 'products')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Invalid answer to getProducts: /: not a SOAP 1.1 envelope')
    })
    expect(writesAfterFirstRun).toBe(0)
  })

  it('an unreadable answer to a write fails that record alone, with its code', async () => {
    expect(runOf(1, 'customers')).toMatchObject({ status: 'succeeded' })
    expect(runOf(1, 'customers').counts.failed).toBe(0)
    const products = runOf(1, 'products')
    expect(products.status).toBe('partial')
    expect(products.counts.failed).toBe(3)
    const failed = (await logOf(products.id)).filter((entry) => entry.outcome === 'failed')
    expect(
      failed
        .flatMap((entry) => entry.notices)
        .map((notice) => notice.params.code)
        .sort()
    ).toEqual(['NOT_JSON', 'NOT_JSON', 'WRONG_CONTENT_TYPE'])
    for (const entry of failed)
      expect(entry.notices).toEqual([
        {
          code: 'target-answer-unreadable',
          params: { system: 'mailchimp', code: expect.any(String), detail: expect.any(String) }
        }
      ])
  })

  it('a created relation whose answer was garbage is found at the till, not created twice', () => {
    const relations = [...pair.mplus.state.relations.values()]
    for (const email of newMembers)
      expect(relations.filter((relation) => relation.email === email)).toHaveLength(1)
  })

  it('after the servers behave, everything is there exactly once and nothing waits', async () => {
    expect(runOf(2, 'products')).toMatchObject({ status: 'succeeded' })
    const store = pair.mailchimp.state.products.get(harnessStoreId)!
    expect([...store.keys()].sort()).toEqual(activeProducts().sort())
    const emails = [...pair.mplus.state.relations.values()].map((relation) => relation.email)
    expect(new Set(emails).size).toBe(emails.length)
    expect((await core.call('attention.list', { limit: 100 })).items).toEqual([])
    // The fourth run finds nothing to do: nothing was left half done.
    const writesBefore = totalWrites(pair)
    await run()
    expect(totalWrites(pair)).toBe(writesBefore)
  })
})
