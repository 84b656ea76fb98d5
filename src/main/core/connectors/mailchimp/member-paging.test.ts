import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startMailchimpSimulator,
  type MailchimpSimulator
} from '../../../../../simulators/mailchimp'
import { systemClock } from '../../clock'
import { createMailchimpClient, type MailchimpClient } from './client'

describe('Paging 25 000 audience members over real HTTP', () => {
  let sim: MailchimpSimulator
  let client: MailchimpClient

  beforeAll(async () => {
    sim = await startMailchimpSimulator({ fixture: { members: 25_000, seed: 11 } })
    client = createMailchimpClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('returns each member exactly once, even while members change during the walk', async () => {
    const members = sim.state.members.get(sim.listId)!
    expect(members.size).toBe(25_000)
    const firstRun = new Map<string, number>()
    const pageSizes: number[] = []
    let checkpoint: string | null = null
    const changedEarly: string[] = []
    const changedLate: string[] = []
    for await (const page of client.iterateMembers({ listId: sim.listId, pageSize: 1000 })) {
      pageSizes.push(page.members.length)
      for (const member of page.members) firstRun.set(member.id, (firstRun.get(member.id) ?? 0) + 1)
      checkpoint = page.checkpoint
      if (pageSizes.length === 3) {
        // Someone edits 40 members we already have and 40 we have not reached yet.
        changedEarly.push(...[...firstRun.keys()].slice(0, 40))
        changedLate.push(...[...members.keys()].filter((id) => !firstRun.has(id)).slice(-40))
        for (const id of [...changedEarly, ...changedLate])
          await client.upsertMember(sim.listId, {
            email_address: members.get(id)!.email_address,
            status_if_new: 'subscribed',
            merge_fields: { PHONE: '+31 6 00000000' }
          })
      }
    }
    expect([...firstRun.values()].every((times) => times === 1)).toBe(true)
    // Members edited before we reached them left the closed window; the open walk after it
    // delivered them in the same run, and everyone arrived once.
    expect(firstRun.size).toBe(25_000)
    for (const id of changedLate) expect(firstRun.has(id)).toBe(true)
    expect(pageSizes.length).toBeGreaterThanOrEqual(25)

    // The next scheduled run, a while later (its clock is ahead, so no wall-clock wait is needed).
    const later = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      clock: { now: () => Date.now() + 5000, sleep: systemClock.sleep }
    })
    const secondRun = new Set<string>()
    for await (const page of later.iterateMembers({
      listId: sim.listId,
      sinceLastChanged: checkpoint,
      pageSize: 1000
    }))
      for (const member of page.members) secondRun.add(member.id)
    // The next run picks up every edited member, so nothing is lost across runs.
    for (const id of [...changedEarly, ...changedLate]) expect(secondRun.has(id)).toBe(true)
    expect(new Set([...firstRun.keys(), ...secondRun]).size).toBe(25_000)
  })

  it('fetches only the fields asked for', async () => {
    sim.resetCounts()
    const iterator = client.iterateMembers({
      listId: sim.listId,
      pageSize: 5,
      fields: ['merge_fields.FNAME']
    })
    const first = await iterator.next()
    await iterator.return(undefined)
    const member = first.done ? undefined : first.value.members[0]
    expect(Object.keys(member?.merge_fields ?? {})).toEqual(['FNAME'])
    expect(member?.email_address).toContain('@')
    expect(sim.requestCounts()['GET /lists/{list_id}/members']).toBe(1)
  })
})
