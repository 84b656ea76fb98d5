import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberRecord } from '../../simulators/mailchimp/state'
import type { Core } from '../../src/main/core/create-core'
import type { AttentionItem, RecordLogEntry, RunSummary } from '../../src/shared/contract'
import {
  startConfiguredCore,
  startSimulatorPair,
  tillClient,
  type SimulatorPair
} from '../support/sync-harness'
import { breakMemberEmail, correctMemberEmail, plantMember } from '../support/planted-member'
import { useTempDir } from '../support/temp-dir'

/**
 * What one run says about each record, against both simulators over real HTTP with a real SQLite
 * file: a malformed member fails alone, a member dated in the future is synced and says so, a
 * customer matched to an existing relation is linked (not created), a duplicate e-mail at the
 * till is linked by a stated rule with a warning, and a member fixed in Mailchimp succeeds on
 * Retry because the retry reads it afresh (even when the fix changed its key, the e-mail).
 */
const tempDir = useTempDir()
const futureStamp = '2099-01-01T00:00:00+00:00'
let pair: SimulatorPair
let core: Core
let members: MemberRecord[]
let firstRun: RunSummary
let log: RecordLogEntry[]
let attention: AttentionItem[]
let existingRelation: number
let duplicateRelations: number[]
/** Members whose e-mail the till's own fixture already has (linked, not created). */
let knownAtTill = 0

const email = (member: MemberRecord): string => member.email_address.trim().toLowerCase()
const address = (member: MemberRecord) => member.merge_fields.ADDRESS as Record<string, unknown>

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 4, members: 30, seed: 11 })
  // The shop's fixture shares some people between the till and the audience: use members the
  // till does not know yet, so every match below is one this test made.
  const known = new Set(
    [...pair.mplus.state.relations.values()].map((r) => String(r.email ?? '').toLowerCase())
  )
  const all = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()]
  knownAtTill = all.filter((member) => known.has(email(member))).length
  members = all.filter((member) => !known.has(email(member)))
  // In the middle of the page: an e-mail address that is a number (a broken import).
  breakMemberEmail(pair.mailchimp, members[5], 21)
  members[6].last_changed = futureStamp
  address(members[9]).country = 'Atlantis'

  // Relations that exist at the till before the first sync.
  const mplus = tillClient(pair)
  existingRelation = (await mplus.createRelation({ name: 'Al bekend', email: email(members[2]) }))
    .relationNumber
  duplicateRelations = [
    (await mplus.createRelation({ name: 'Dubbel één', email: email(members[3]) })).relationNumber,
    (await mplus.createRelation({ name: 'Dubbel twee', email: email(members[3]) })).relationNumber
  ]

  core = await startConfiguredCore(pair, tempDir())
  const result = await core.call('sync.runNow', { flow: 'customers', wait: true })
  firstRun = result.runs[0]
  log = (await core.call('log.records', { flow: 'customers', limit: 500 })).records
  attention = (await core.call('attention.list', { flow: 'customers', limit: 500 })).items
}, 120_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

const logOf = (member: MemberRecord): RecordLogEntry | undefined =>
  log.find((entry) => entry.sourceId === email(member))

describe('one source record cannot stop the others', () => {
  it('fails only the member whose e-mail address is a number, with a plain reason', () => {
    expect(firstRun.error).toBeNull()
    expect(firstRun.status).toBe('partial')
    const malformed = attention.find((item) => item.sourceId === '21')
    expect(malformed?.state).toBe('attention')
    expect(malformed?.reason).toMatch(
      /Mailchimp sent this member in a shape Kassabrug cannot read \(email_address: .*string.*number/
    )
    expect(malformed?.sourcePayload).toContain(`"id":"${members[5].id}"`)
    // Everyone else with a usable address arrived.
    const relationEmails = new Set(
      [...pair.mplus.state.relations.values()].map((r) => String(r.email).toLowerCase())
    )
    for (const [index, member] of members.entries()) {
      if (index === 5 || index === 9) continue
      expect(relationEmails.has(email(member)), email(member)).toBe(true)
    }
  })

  it('syncs a member whose last change lies in the future, says so, and keeps the checkpoint in the present', async () => {
    const entry = logOf(members[6])
    expect(entry?.outcome).toBe('created')
    expect(entry?.notices).toEqual([
      { code: 'changed-in-future', params: { date: Date.parse(members[6].last_changed) } }
    ])
    expect(members[6].last_changed).toMatch(/^2099-01-01/)
    const again = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(again.runs[0].error).toBeNull()
    // Read again (the open walk after the window), found unchanged: nothing is written twice.
    expect(again.runs[0].counts).toMatchObject({ created: 0, updated: 0, linked: 0 })
    expect(again.runs[0].counts.unchanged).toBeGreaterThanOrEqual(1)
    const relations = [...pair.mplus.state.relations.values()].filter(
      (r) => String(r.email).toLowerCase() === email(members[6])
    )
    expect(relations).toHaveLength(1)
  })
})

describe('truthful outcomes', () => {
  it('counts a customer matched to an existing relation as linked, not created', () => {
    const entry = logOf(members[2])
    expect(entry).toMatchObject({ outcome: 'linked', targetId: String(existingRelation) })
    // Two planted matches plus the fixture's shared people are linked; two fail (the malformed
    // member and Atlantis); every other member is created.
    expect(members.length).toBeGreaterThanOrEqual(10)
    expect(firstRun.counts).toMatchObject({
      linked: 2 + knownAtTill,
      failed: 2,
      created: members.length - 4,
      updated: 0
    })
    const created = log.filter((row) => row.runId === firstRun.id && row.outcome === 'created')
    expect(created).toHaveLength(firstRun.counts.created)
  })

  it('links a duplicate e-mail to the lowest relation number and names both on the record', () => {
    const entry = logOf(members[3])
    const [lowest, other] = [...duplicateRelations].sort((a, b) => a - b)
    expect(entry).toMatchObject({ outcome: 'linked', targetId: String(lowest) })
    expect(entry?.notices).toEqual([
      {
        code: 'several-relations',
        params: {
          email: email(members[3]),
          count: 2,
          relations: `${lowest}, ${other}`,
          linked: lowest
        }
      }
    ])
  })
})

describe('the log in words', () => {
  it("keeps each customer's own name on its log row", () => {
    const named = members.find((member, index) => index !== 5 && member.merge_fields?.FNAME)!
    const fields = named.merge_fields as Record<string, string>
    expect(logOf(named)?.label).toBe(`${fields.FNAME} ${fields.LNAME ?? ''}`.trim())
    // Even the member whose address is a number keeps the name it came with.
    const malformed = members[5].merge_fields as Record<string, string>
    expect(log.find((entry) => entry.sourceId === '21')?.label).toBe(
      `${malformed.FNAME} ${malformed.LNAME ?? ''}`.trim()
    )
    for (const entry of log) expect(entry.label, entry.sourceId).toBeTruthy()
  })
})

describe('retry uses fresh data', () => {
  it('succeeds for a member fixed in Mailchimp after it failed, and says how many succeeded', async () => {
    const item = attention.find((entry) => entry.sourceId === email(members[9]))
    expect(item?.reason).toMatch(/Atlantis/)
    // Fixed at the source; the stored copy still says Atlantis.
    address(members[9]).country = 'NL'
    const result = await core.call('attention.retry', { id: item!.id })
    expect(result).toMatchObject({ succeeded: 1, stillFailing: 0 })
    expect(result.runs[0].counts.created).toBe(1)
    const relation = [...pair.mplus.state.relations.values()].find(
      (r) => String(r.email).toLowerCase() === email(members[9])
    )
    expect(relation).toBeDefined()
    const left = (await core.call('attention.list', { flow: 'customers', limit: 50 })).items
    expect(left.map((entry) => entry.sourceId)).toEqual(['21'])
  })

  it('says "still failing" for a record that fails again', async () => {
    const [item] = (await core.call('attention.list', { flow: 'customers', limit: 50 })).items
    const result = await core.call('attention.retry', { id: item.id })
    expect(result).toMatchObject({ succeeded: 0, stillFailing: 1 })
    // Read afresh, the member is as unreadable as before.
    const [again] = (await core.call('attention.list', { flow: 'customers', limit: 50 })).items
    expect(again.reason).toMatch(/cannot read \(email_address: /)
  })

  it('never resends the stored copy of a member whose e-mail address was corrected; the retry brings the corrected member', async () => {
    const broken = 'ilse.peeters@'
    const corrected = 'ilse.peeters@telenet.be'
    plantMember(pair.mailchimp, broken, { FNAME: 'Ilse', LNAME: 'Peeters' })
    const run = (await core.call('sync.runNow', { flow: 'customers', wait: true })).runs[0]
    expect(run.counts).toMatchObject({ failed: 1, created: 0 })
    const listed = (await core.call('attention.list', { flow: 'customers', limit: 50 })).items
    const item = listed.find((entry) => entry.sourceId === broken)
    expect(item?.notices).toEqual([{ code: 'invalid-email', params: { email: broken } }])

    // The key is the address, so the corrected member is another key; the old one is gone.
    await correctMemberEmail(pair.mailchimp, broken, corrected)
    const result = await core.call('attention.retry', { id: item!.id })
    expect(result.results).toEqual([
      {
        flow: 'customers',
        sourceId: broken,
        outcome: 'skipped',
        notices: [{ code: 'gone-from-source', params: { system: 'mailchimp' } }]
      },
      { flow: 'customers', sourceId: corrected, outcome: 'created', notices: [] }
    ])
    expect(result).toMatchObject({ succeeded: 1, stillFailing: 0 })
    // The same retry run read Mailchimp's changes: the corrected member went to the till.
    expect(result.runs[0].counts).toMatchObject({ created: 1, skipped: 1, failed: 0 })
    const emails = [...pair.mplus.state.relations.values()].map((r) => String(r.email))
    expect(emails.filter((address) => address.toLowerCase() === corrected)).toHaveLength(1)
    expect(emails.filter((address) => address.toLowerCase() === broken)).toEqual([])
    const retryLog = (await core.call('log.records', { runId: result.runs[0].id, limit: 50 }))
      .records
    expect(retryLog.map((entry) => [entry.sourceId, entry.outcome]).sort()).toEqual([
      [broken, 'skipped'],
      [corrected, 'created']
    ])
    const left = (await core.call('attention.list', { flow: 'customers', limit: 50 })).items
    expect(left.map((entry) => entry.sourceId)).toEqual(['21'])
  })
})
