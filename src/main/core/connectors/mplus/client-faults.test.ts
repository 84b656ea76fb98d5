import { createServer, type Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusSimulator } from '../../../../../simulators/mplus/index'
import { strictXsdOptions } from '../../../../../simulators/mplus/reference-availability'
import { connectorFailure } from '../../../../../tests/support/mplus-simulated'
import type { Clock } from '../../clock'
import { createLogger } from '../../logger'
import { createMplusClient, type MplusClientConfig } from './client'

/** Retries without waiting: the sleeps are counted instead of slept. */
function instantClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = []
  return { sleeps, now: () => 0, sleep: async (ms) => void sleeps.push(ms) }
}

describe('Mplus client under injected faults', () => {
  let simulator: MplusSimulator
  let clock: ReturnType<typeof instantClock>
  const clientFor = (overrides: Partial<MplusClientConfig> = {}) =>
    createMplusClient({
      host: simulator.host,
      port: simulator.port,
      useTls: false,
      ident: simulator.ident,
      secret: simulator.secret,
      retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000 },
      clock,
      timeouts: { requestMs: 2_000 },
      ...overrides
    })

  beforeAll(async () => {
    simulator = await startMplusSimulator({ fixture: { size: 10, seed: 2 }, ...strictXsdOptions() })
  })
  afterAll(async () => {
    await simulator.close()
  })
  beforeEach(() => {
    simulator.faults.clear()
    simulator.resetCounts()
    clock = instantClock()
  })

  it('retries a Server fault (transient) and succeeds within the attempt budget', async () => {
    simulator.faults.failNext('getBranches', 'server-fault', 2)
    expect(await clientFor().getBranches()).toHaveLength(2)
    expect(simulator.requestCounts().getBranches).toBe(3)
    expect(clock.sleeps).toHaveLength(2)
  })

  it('gives up after the attempt budget with a transient error carrying the fault code', async () => {
    simulator.faults.failNext('getBranches', 'server-fault', 5)
    const error = await connectorFailure(clientFor().getBranches())
    expect(error).toMatchObject({
      kind: 'transient',
      details: { operation: 'getBranches', httpStatus: 500, code: 'SOAP-ENV:Server' }
    })
    expect(simulator.requestCounts().getBranches).toBe(3)
  })

  it('does not retry a Client fault (permanent)', async () => {
    simulator.faults.failNext('getVatGroupList', 'client-fault')
    const error = await connectorFailure(clientFor().getVatGroupList())
    expect(error).toMatchObject({ kind: 'permanent', details: { code: 'SOAP-ENV:Client' } })
    expect(simulator.requestCounts().getVatGroupList).toBe(1)
  })

  it('retries a reset connection for reads', async () => {
    simulator.faults.failNext('getEmployees', 'connection-reset')
    expect((await clientFor().getEmployees()).length).toBeGreaterThan(0)
    expect(simulator.requestCounts().getEmployees).toBe(2)
  })

  it('never repeats a non-idempotent write whose request was sent: no duplicate relation', async () => {
    simulator.faults.failNext('createRelation', 'reset-after-processing')
    const before = simulator.state.relations.size
    const error = await connectorFailure(
      clientFor().createRelation({ name: 'Sanne de Wit', email: 'sanne@example.nl' })
    )
    expect(error).toMatchObject({ kind: 'transient', details: { code: 'ECONNRESET' } })
    expect(simulator.writeCounts().createRelation).toBe(1)
    expect(simulator.state.relations.size).toBe(before + 1)
    // The caller reconciles by looking the relation up rather than creating it again.
    expect(
      await clientFor().findRelationV2({ email: 'sanne@example.nl' }, { exactMatch: true })
    ).not.toBeNull()
  })

  it('retries createOrderV3 after a lost answer and the idempotency key prevents a second order', async () => {
    const relationNumber = [...simulator.state.relations.keys()][0]
    const articleNumber = [...simulator.state.articleOwners.keys()].find((n) => n !== 999) ?? 0
    const ordersBefore = simulator.state.orders.size
    simulator.faults.failNext('createOrderV3', 'reset-after-processing')
    const result = await clientFor().createOrderV3(
      {
        extOrderId: 'RETRY-1',
        relationNumber,
        employeeNumber: 999999,
        lineList: [{ articleNumber, data: { quantity: 1, price: 1000 } }]
      },
      { idempotencyKey: 'retry-key-1' }
    )
    expect(result.replayed).toBe(true)
    expect(simulator.requestCounts().createOrderV3).toBe(2)
    expect(simulator.state.orders.size).toBe(ordersBefore + 1)
  })

  it('turns a hang into a transient timeout', async () => {
    simulator.faults.failNext('getBranches', 'hang')
    const error = await connectorFailure(
      clientFor({
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
        timeouts: { requestMs: 300 }
      }).getBranches()
    )
    expect(error).toMatchObject({ kind: 'transient', details: { code: 'TIMEOUT' } })
  })

  it('adds latency per operation, or to every call in slow-server mode, past the client timeout', async () => {
    const client = clientFor({
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      timeouts: { requestMs: 60_000, perOperationMs: { getDeliveryMethods: 150, getBranches: 150 } }
    })
    simulator.faults.setLatency('getDeliveryMethods', 1_000)
    expect(await connectorFailure(client.getDeliveryMethods())).toMatchObject({
      kind: 'transient',
      details: { code: 'TIMEOUT' }
    })
    expect(await client.getBranches()).toHaveLength(2)
    simulator.faults.setSlowServer(1_000)
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'transient',
      details: { code: 'TIMEOUT' }
    })
  })

  it('reports a truncated answer as an invalid response and does not retry it', async () => {
    simulator.faults.failNext('getTurnoverGroups', 'truncated')
    const error = await connectorFailure(clientFor().getTurnoverGroups())
    expect(error).toMatchObject({ kind: 'invalid-response', details: { code: 'MALFORMED_XML' } })
    expect(simulator.requestCounts().getTurnoverGroups).toBe(1)
  })

  it('reports a non-XML answer (proxy error page) as an invalid response', async () => {
    simulator.faults.failNext('getBranches', 'malformed')
    expect(await connectorFailure(clientFor().getBranches())).toMatchObject({
      kind: 'invalid-response'
    })
  })

  it('accepts a valid answer with extra unknown elements (a newer server version)', async () => {
    simulator.faults.failNext('getRelations', 'extra-elements')
    const relations = await clientFor().getRelations({ syncMarkerLimit: 2 })
    expect(relations).toHaveLength(2)
    expect(relations[0].relationNumber).toBeGreaterThan(0)
  })

  it('is driven over the admin endpoint too (faults, counts, state summary)', async () => {
    const admin = (path: string, init?: RequestInit) =>
      fetch(new URL(path, simulator.url), init).then(
        (r) => r.json() as Promise<Record<string, unknown>>
      )
    await admin('/__admin/faults', {
      method: 'POST',
      body: JSON.stringify({ operation: 'getBranches', kind: 'client-fault', count: 1 })
    })
    expect(await connectorFailure(clientFor().getBranches())).toMatchObject({ kind: 'permanent' })
    // Only getBranches is asserted: a call an earlier test abandoned on a client timeout (the
    // slow getDeliveryMethods) may still be counted by the server when it finally answers.
    const counts = (await admin('/__admin/counts')) as {
      requests: Record<string, number>
      writes: object
    }
    expect(counts.requests.getBranches).toBe(1)
    expect(counts.writes).toEqual({})
    await admin('/__admin/counts/reset', { method: 'POST' })
    const afterReset = (await admin('/__admin/counts')) as { requests: Record<string, number> }
    expect(afterReset.requests.getBranches).toBeUndefined()
    expect(await admin('/__admin/state')).toMatchObject({
      products: simulator.state.products.size,
      relations: simulator.state.relations.size
    })
    const bad = await fetch(new URL('/__admin/faults', simulator.url), {
      method: 'POST',
      body: JSON.stringify({ kind: 'explode' })
    })
    expect(bad.status).toBe(400)
  })

  it('retries a write that never reached the server (TLS handshake never completes): connect timeout', async () => {
    const silent = createServer((socket) => sockets.push(socket))
    const sockets: Socket[] = []
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const address = silent.address()
      const client = clientFor({
        port: typeof address === 'object' && address ? address.port : 0,
        useTls: true,
        timeouts: { connectMs: 200 }
      })
      const error = await connectorFailure(client.createRelation({ name: 'Nooit verstuurd' }))
      expect(error).toMatchObject({ kind: 'transient', details: { code: 'CONNECT_TIMEOUT' } })
      // Unsent, so safe to repeat: all three attempts connected, none sent a byte of SOAP.
      expect(sockets).toHaveLength(3)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    }
  })

  it('keeps ident and secret out of every log line, retries and failures included', async () => {
    const lines: string[] = []
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => void lines.push(line) }
    })
    simulator.faults.failNext('getBranches', 'server-fault', 1)
    await clientFor({ logger }).getBranches()
    await connectorFailure(clientFor({ logger, secret: 'Wrong-Secret-42' }).getBranches())
    expect(lines.length).toBeGreaterThan(1)
    const all = lines.join('\n')
    expect(all).not.toContain(simulator.secret)
    expect(all).not.toContain('Wrong-Secret-42')
    expect(all).not.toContain(`ident=${simulator.ident}`)
  })

  it('counts writes per operation, so a no-op sync can be proven to send none', async () => {
    const client = clientFor()
    await client.getRelations({ syncMarkerLimit: 5 })
    await client.getProducts({ syncMarkerLimit: 5 })
    expect(simulator.writeCounts()).toEqual({})
    const [relation] = await client.getRelations({ syncMarkerLimit: 1 })
    await client.updateRelation({
      relationNumber: relation.relationNumber,
      mobile: '+31 6 11112222'
    })
    expect(simulator.writeCounts()).toEqual({ updateRelation: 1 })
  })
})
