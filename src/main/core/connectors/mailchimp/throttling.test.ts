import { afterEach, describe, expect, it } from 'vitest'
import {
  startMailchimpSimulator,
  type MailchimpSimulator
} from '../../../../../simulators/mailchimp'
import type { Clock } from '../../clock'
import { createMailchimpClient } from './client'

const running: MailchimpSimulator[] = []
async function simulator(
  options: Parameters<typeof startMailchimpSimulator>[0]
): Promise<MailchimpSimulator> {
  const sim = await startMailchimpSimulator(options)
  running.push(sim)
  return sim
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()))
})

/**
 * Time that jumps forward on every sleep (after a token real delay), with every sleep recorded:
 * tests check what was waited for, never how long it took.
 */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = []
  let skippedMs = 0
  return {
    sleeps,
    now: () => Date.now() + skippedMs,
    sleep: (ms) => {
      sleeps.push(ms)
      skippedMs += ms
      return new Promise((resolve) => setTimeout(resolve, 2))
    }
  }
}

describe('Mailchimp throttling over real HTTP', () => {
  it('two apps sharing the account overrun the 10-connection cap: 429s, yet every call completes once', async () => {
    const sim = await simulator({ latencyMs: 15 })
    const retry = { attempts: 12, baseDelayMs: 10, maxDelayMs: 80 }
    // Two clients stand for two integrations on the same Mailchimp user: 8 + 8 > 10 in flight.
    const clients = [0, 1].map(() =>
      createMailchimpClient({
        apiKey: sim.apiKey,
        baseUrl: sim.baseUrl,
        maxConcurrentRequests: 8,
        retry
      })
    )
    const emails = Array.from({ length: 120 }, (_, i) => `klant${i}@ziggo.nl`)
    const results = await Promise.all(
      emails.map((email, i) =>
        clients[i % 2].upsertMember(sim.listId, {
          email_address: email,
          status_if_new: 'subscribed'
        })
      )
    )
    expect(results.map((member) => member.email_address)).toEqual(emails)
    expect(sim.throttledCount()).toBeGreaterThan(0)
    expect(sim.state.members.get(sim.listId)?.size).toBe(120)
    // Every member was written by exactly the successful requests: throttled ones never reached a route.
    expect(sim.writeCounts()['PUT /lists/{list_id}/members/{subscriber_hash}']).toBe(120)
  })

  it('one client alone never exceeds its own limiter, so it is never throttled', async () => {
    const sim = await simulator({ latencyMs: 10, maxInFlight: 4 })
    const client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      maxConcurrentRequests: 4
    })
    await Promise.all(Array.from({ length: 40 }, () => client.ping()))
    expect(sim.throttledCount()).toBe(0)
    expect(sim.requestCounts()['GET /ping']).toBe(40)
  })

  it('survives a storm of bare 403s (empty body) by treating them as throttling', async () => {
    const sim = await simulator({})
    sim.faults.inject({ kind: 'status', status: 403, count: 25 })
    const clock = recordingClock()
    const client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      maxConcurrentRequests: 5,
      clock,
      retry: { attempts: 10, baseDelayMs: 10, maxDelayMs: 40 }
    })
    const pings = await Promise.all(Array.from({ length: 20 }, () => client.ping()))
    expect(pings.every((ping) => ping.health_status === "Everything's Chimpy!")).toBe(true)
    expect(sim.faults.pending()).toBe(0)
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(25)
  })

  it('in bare-403 mode the over-cap request gets an empty 403 and is retried', async () => {
    const sim = await simulator({ latencyMs: 15, maxInFlight: 2 })
    sim.faults.throttleMode = 'bare-403'
    const clients = [0, 1].map(() =>
      createMailchimpClient({
        apiKey: sim.apiKey,
        baseUrl: sim.baseUrl,
        maxConcurrentRequests: 3,
        retry: { attempts: 15, baseDelayMs: 10, maxDelayMs: 60 }
      })
    )
    const pings = await Promise.all(Array.from({ length: 30 }, (_, i) => clients[i % 2].ping()))
    expect(pings).toHaveLength(30)
    expect(sim.throttledCount()).toBeGreaterThan(0)
  })

  it('honours Retry-After and pauses the whole account, not just the throttled request', async () => {
    const sim = await simulator({})
    sim.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 2, count: 1 })
    const clock = recordingClock()
    const client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      maxConcurrentRequests: 1,
      clock,
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 40 }
    })
    const [first, second] = await Promise.all([client.ping(), client.ping()])
    expect([first, second].map((ping) => ping.health_status)).toEqual([
      "Everything's Chimpy!",
      "Everything's Chimpy!"
    ])
    // The retry waited the 2 s asked for, and so did the other request queued behind the pause.
    const longWaits = clock.sleeps.filter((ms) => ms >= 1500)
    expect(longWaits.length).toBeGreaterThanOrEqual(2)
  })

  it('gives up after the bounded number of attempts with a throttle error', async () => {
    const sim = await simulator({})
    sim.faults.inject({ kind: 'status', status: 429, count: 50 })
    const client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 }
    })
    await expect(client.ping()).rejects.toMatchObject({
      kind: 'throttle',
      details: { httpStatus: 429, code: 'Too Many Requests' }
    })
    expect(sim.requestCounts()['GET /ping'] ?? 0).toBe(0)
    expect(sim.faults.pending()).toBe(47)
  })
})

describe('Mailchimp creates are not repeated blindly', () => {
  it('retries a throttled POST but reports a 500 on POST at once, so nothing is created twice', async () => {
    const sim = await simulator({ fixture: { members: 0, products: 1, seed: 1 } })
    const client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 10 }
    })
    const product = { id: 'p-new', title: 'Nieuw', variants: [{ id: 'p-new', title: 'Nieuw' }] }
    sim.faults.inject({ kind: 'status', status: 429, method: 'POST', count: 2 })
    expect((await client.createProduct('kassabrug-winkel', product)).id).toBe('p-new')
    sim.faults.inject({ kind: 'status', status: 500, method: 'POST', count: 1 })
    await expect(
      client.createProduct('kassabrug-winkel', { ...product, id: 'p-two' })
    ).rejects.toMatchObject({
      kind: 'transient',
      details: { httpStatus: 500 }
    })
    expect(sim.faults.pending()).toBe(0)
    expect(sim.requestCounts()['POST /ecommerce/stores/{store_id}/products']).toBe(1)
    // The same 500 on an idempotent PUT is simply retried.
    sim.faults.inject({ kind: 'status', status: 500, method: 'PUT', count: 1 })
    expect((await client.upsertProduct('kassabrug-winkel', { ...product, id: 'p-two' })).id).toBe(
      'p-two'
    )
  })
})
