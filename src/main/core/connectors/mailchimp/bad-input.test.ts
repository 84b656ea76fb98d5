import { createServer as createHttpServer, type ServerResponse } from 'node:http'
import { createServer } from 'node:net'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  startMailchimpSimulator,
  type MailchimpSimulator
} from '../../../../../simulators/mailchimp'
import { createLogger } from '../../logger'
import { ConnectorError } from '../connector-error'
import { createMailchimpClient, type MailchimpClient } from './client'

const retry = { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 }
const storeId = 'kassabrug-winkel'

async function failure(call: () => Promise<unknown>): Promise<ConnectorError> {
  try {
    await call()
  } catch (error) {
    if (error instanceof ConnectorError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('Mailchimp bad input gives specific errors, never a crash', () => {
  let sim: MailchimpSimulator
  let client: MailchimpClient
  const logLines: string[] = []
  const errors: ConnectorError[] = []

  beforeAll(async () => {
    sim = await startMailchimpSimulator({
      fixture: { members: 200, products: 3, orders: 2, seed: 5 }
    })
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString())
        done()
      }
    })
    client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      retry,
      timeoutMs: 400,
      logger: createLogger({ level: 'debug', destination })
    })
  })
  afterAll(async () => {
    await sim.close()
  })

  const expectFailure = async (
    call: () => Promise<unknown>,
    expected: Record<string, unknown>
  ): Promise<ConnectorError> => {
    const error = await failure(call)
    errors.push(error)
    expect(error).toMatchObject(expected)
    return error
  }

  it('1. a malformed API key is refused before any request, without echoing it', () => {
    const key = 'not-a-key-at-all'
    let thrown: unknown
    try {
      createMailchimpClient({ apiKey: key })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('expected form')
    })
    expect(String((thrown as Error).message)).not.toContain(key)
  })

  it('2. a wrong API key gets auth "API Key Invalid"', async () => {
    const wrong = createMailchimpClient({
      apiKey: `${'0'.repeat(32)}-us21`,
      baseUrl: sim.baseUrl,
      retry
    })
    await expectFailure(() => wrong.ping(), {
      kind: 'auth',
      details: { httpStatus: 401, code: 'API Key Invalid' }
    })
    expect(await wrong.testConnection()).toMatchObject({
      ok: false,
      kind: 'auth',
      failure: expect.objectContaining({ details: expect.objectContaining({ httpStatus: 401 }) })
    })
  })

  it('3. the right key for another data centre is refused as auth', async () => {
    const otherDc = sim.apiKey.replace(/-us21$/, '-us6')
    const wrongDc = createMailchimpClient({ apiKey: otherDc, baseUrl: sim.baseUrl, retry })
    expect(wrongDc.dataCenter).toBe('us6')
    await expectFailure(() => wrongDc.ping(), { kind: 'auth' })
  })

  it('4. a dead network is transient, with the reason', async () => {
    const dead = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: `http://127.0.0.1:${await closedPort()}/3.0`,
      retry
    })
    await expectFailure(() => dead.ping(), {
      kind: 'transient',
      message: expect.stringContaining('refused')
    })
    expect(await dead.testConnection()).toMatchObject({ ok: false, kind: 'transient' })
  })

  it('5. a hung request times out as transient', async () => {
    sim.faults.inject({ kind: 'hang', count: 2 })
    await expectFailure(() => client.ping(), {
      kind: 'transient',
      message: expect.stringContaining('no answer within 400 ms')
    })
  })

  it('6. truncated JSON is an invalid response, not a crash', async () => {
    sim.faults.inject({ kind: 'truncated-json', pathIncludes: '/lists' })
    await expectFailure(() => client.getLists(), {
      kind: 'invalid-response',
      message: expect.stringContaining('not complete JSON')
    })
  })

  it('7. an HTML page with status 200 is an invalid response', async () => {
    sim.faults.inject({ kind: 'html', status: 200 })
    await expectFailure(() => client.ping(), { kind: 'invalid-response' })
  })

  it('8. a 502 HTML error page is transient and says so', async () => {
    sim.faults.inject({ kind: 'html', count: 2 })
    await expectFailure(() => client.ping(), {
      kind: 'transient',
      message: expect.stringContaining('HTML error page')
    })
  })

  it('9. a persistent 500 is transient after bounded retries, with the problem title', async () => {
    sim.faults.inject({ kind: 'status', status: 500, count: 2 })
    await expectFailure(() => client.ping(), {
      kind: 'transient',
      details: { httpStatus: 500, code: 'Internal Server Error' }
    })
  })

  it('10. an invalid e-mail is refused before sending', async () => {
    sim.resetCounts()
    const error = await expectFailure(
      () =>
        client.upsertMember(sim.listId, {
          email_address: 'jan@@ziggo',
          status_if_new: 'subscribed'
        }),
      { kind: 'validation' }
    )
    expect(error.details.fieldErrors?.[0]?.field).toBe('email_address')
    expect(sim.requestCounts()).toEqual({})
  })

  it('11. an address Mailchimp judges fake is a permanent refusal with its message', async () => {
    await expectFailure(
      () =>
        client.upsertMember(sim.listId, {
          email_address: 'jan@example.com',
          status_if_new: 'subscribed'
        }),
      {
        kind: 'permanent',
        details: { httpStatus: 400, code: 'Invalid Resource' },
        message: expect.stringContaining('looks fake or invalid')
      }
    )
  })

  it('12. an ADDRESS without a zip names the merge field', async () => {
    const error = await expectFailure(
      () =>
        client.upsertMember(sim.listId, {
          email_address: 'piet@ziggo.nl',
          status_if_new: 'subscribed',
          merge_fields: { ADDRESS: { addr1: 'Markt 1', city: 'Venlo', state: '', zip: '' } }
        }),
      { kind: 'permanent', details: { code: 'Invalid Resource' } }
    )
    expect(error.details.fieldErrors).toEqual([
      {
        field: 'merge_fields.ADDRESS',
        message: 'Data did not match any of the schemas described in anyOf.'
      }
    ])
  })

  it('13. re-subscribing an unsubscribed member is "Member In Compliance State"', async () => {
    const unsubscribed = [...sim.state.members.get(sim.listId)!.values()].find(
      (m) => m.status === 'unsubscribed'
    )!
    await expectFailure(
      () =>
        client.upsertMember(sim.listId, {
          email_address: unsubscribed.email_address,
          status_if_new: 'subscribed',
          status: 'subscribed'
        }),
      { kind: 'permanent', details: { code: 'Member In Compliance State' } }
    )
    expect(sim.state.members.get(sim.listId)!.get(unsubscribed.id)?.status).toBe('unsubscribed')
  })

  it('14. an unknown audience is a 404 "Resource Not Found"', async () => {
    await expectFailure(() => client.iterateMembers({ listId: 'nope' }).next(), {
      kind: 'permanent',
      details: { httpStatus: 404, code: 'Resource Not Found' }
    })
  })

  it('15. a customer id over 50 characters is refused before sending', async () => {
    const error = await expectFailure(
      () =>
        client.upsertCustomer(storeId, {
          id: 'k'.repeat(51),
          email_address: 'a@ziggo.nl',
          opt_in_status: false
        }),
      { kind: 'validation' }
    )
    expect(error.message).toContain('at most 50')
  })

  it('16. a product without variants and an order without lines are refused before sending', async () => {
    await expectFailure(
      () => client.createProduct(storeId, { id: 'p-x', title: 'Los', variants: [] }),
      {
        kind: 'validation',
        details: { fieldErrors: [{ field: 'variants' }] }
      }
    )
    await expectFailure(
      () =>
        client.createOrder(storeId, {
          id: 'o-x',
          customer: { id: 'c1' },
          currency_code: 'EUR',
          order_total: 0,
          lines: []
        }),
      { kind: 'validation', details: { fieldErrors: [{ field: 'lines' }] } }
    )
  })

  it('17. a non-finite price or a fractional stock is refused before sending', async () => {
    await expectFailure(
      () => client.upsertVariant(storeId, 'p1', { id: 'p1', title: 'x', price: Number.NaN }),
      {
        kind: 'validation',
        details: { fieldErrors: [{ field: 'variant.price' }] }
      }
    )
    await expectFailure(
      () => client.upsertVariant(storeId, 'p1', { id: 'p1', title: 'x', inventory_quantity: 2.5 }),
      {
        kind: 'validation'
      }
    )
  })

  it('18. an order line for an unknown variant gets the API message', async () => {
    const product = [...sim.state.products.get(storeId)!.keys()][0]
    await expectFailure(
      () =>
        client.createOrder(storeId, {
          id: 'o-variant',
          customer: { id: 'c1' },
          currency_code: 'EUR',
          order_total: 1,
          lines: [
            {
              id: '1',
              product_id: product,
              product_variant_id: 'no-such-variant',
              quantity: 1,
              price: 1
            }
          ]
        }),
      { kind: 'permanent', message: expect.stringContaining('variant ID does not exist') }
    )
  })

  it('19. a duplicate order id is refused with "already exists"', async () => {
    await expectFailure(
      () =>
        client.createOrder(storeId, {
          id: 'o1',
          customer: { id: 'c1' },
          currency_code: 'EUR',
          order_total: 1,
          lines: [
            {
              id: '1',
              product_id: 'p1',
              product_variant_id: sim.state.variants.get(`${storeId}/p1`)!.keys().next().value!,
              quantity: 1,
              price: 1
            }
          ]
        }),
      {
        kind: 'permanent',
        message: expect.stringContaining('An order with the provided ID already exists')
      }
    )
  })

  it('20. a permanently deleted address cannot be re-added', async () => {
    const member = await client.upsertMember(sim.listId, {
      email_address: 'weg@ziggo.nl',
      status_if_new: 'subscribed'
    })
    const auth = `Basic ${Buffer.from(`x:${sim.apiKey}`).toString('base64')}`
    const erased = await fetch(
      `${sim.baseUrl}/lists/${sim.listId}/members/${member.id}/actions/delete-permanent`,
      {
        method: 'POST',
        headers: { authorization: auth }
      }
    )
    expect(erased.status).toBe(204)
    await expectFailure(
      () =>
        client.upsertMember(sim.listId, {
          email_address: 'weg@ziggo.nl',
          status_if_new: 'subscribed'
        }),
      {
        kind: 'permanent',
        details: { code: 'Forgotten Email Not Subscribed' }
      }
    )
  })

  it('21. a huge merge value is cut to 255 bytes by the API, not an error', async () => {
    const member = await client.upsertMember(sim.listId, {
      email_address: 'lang@ziggo.nl',
      status_if_new: 'subscribed',
      merge_fields: { FNAME: 'Ĳsbrand'.repeat(60) }
    })
    expect(Buffer.byteLength(String(member.merge_fields?.FNAME))).toBeLessThanOrEqual(255)
  })

  it('never puts the API key in an error, its details or the log', () => {
    expect(errors.length).toBeGreaterThanOrEqual(15)
    const secretPart = sim.apiKey.split('-')[0]
    for (const error of errors) {
      expect(error.message).not.toContain(secretPart)
      expect(JSON.stringify(error.details)).not.toContain(secretPart)
    }
    expect(logLines.length).toBeGreaterThan(0)
    expect(logLines.join('\n')).not.toContain(secretPart)
    expect(logLines.join('\n')).not.toContain(
      Buffer.from(`kassabrug:${sim.apiKey}`).toString('base64')
    )
  })
})

/**
 * Garbage a real server (or a proxy, a captive portal) can answer with a 200, from a raw HTTP
 * server on 127.0.0.1: the simulator stays strict, so the test plays the broken server itself.
 */
describe('Mailchimp answers that are not what the API promises give a specific error', () => {
  let answer: (response: ServerResponse) => void = (response) => response.end()
  const server = createHttpServer((request, response) => {
    request.resume()
    request.on('end', () => answer(response))
  })
  let client: MailchimpClient

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    client = createMailchimpClient({
      apiKey: `${'0'.repeat(32)}-us21`,
      baseUrl: `http://127.0.0.1:${port}/3.0`,
      retry,
      timeoutMs: 5_000,
      maxResponseBytes: 1024 * 1024
    })
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const json = (body: string, contentType = 'application/json; charset=utf-8') => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': contentType })
      response.end(body)
    }
  }

  it('an empty 200 body is EMPTY_RESPONSE', async () => {
    json('')
    expect(await failure(() => client.ping())).toMatchObject({
      kind: 'invalid-response',
      details: { operation: 'GET /ping', code: 'EMPTY_RESPONSE', mayHaveLanded: true },
      message: expect.stringContaining('empty body')
    })
  })

  it('JSON under the wrong content type is WRONG_CONTENT_TYPE, naming the type', async () => {
    json('{"health_status":"Everything\'s Chimpy!"}', 'text/html; charset=utf-8')
    expect(await failure(() => client.ping())).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'WRONG_CONTENT_TYPE' },
      message: expect.stringContaining('text/html instead of JSON')
    })
  })

  it('a plain-text "OK" is WRONG_CONTENT_TYPE too, with what it started with', async () => {
    json('OK', 'text/plain')
    expect((await failure(() => client.ping())).message).toContain('starting "OK"')
  })

  it('truncated JSON under the right type is NOT_JSON', async () => {
    json('{"lists":[{"id":"b7e4c1d2a9","na')
    expect(await failure(() => client.getLists())).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'NOT_JSON' }
    })
  })

  it('a missing field is SCHEMA_MISMATCH, naming it', async () => {
    json('{}')
    const error = await failure(() => client.ping())
    expect(error).toMatchObject({ kind: 'invalid-response', details: { code: 'SCHEMA_MISMATCH' } })
    expect(error.details.fieldErrors?.map((entry) => entry.field)).toEqual(['health_status'])
  })

  it('a field of the wrong type is SCHEMA_MISMATCH, naming the field and the types', async () => {
    json('{"lists":[],"total_items":"many"}')
    const error = await failure(() => client.getLists())
    expect(error.details).toMatchObject({
      code: 'SCHEMA_MISMATCH',
      fieldErrors: [{ field: 'total_items', message: expect.stringContaining('expected number') }]
    })
  })

  it('null where an object is expected is SCHEMA_MISMATCH, at the root or nested', async () => {
    json('null')
    expect((await failure(() => client.ping())).details.code).toBe('SCHEMA_MISMATCH')
    json('{"lists":[null],"total_items":1}')
    const error = await failure(() => client.getLists())
    expect(error.details.fieldErrors?.[0]).toMatchObject({
      field: 'lists.0',
      message: expect.stringContaining('received null')
    })
  })

  it('a gigantic answer is refused while it streams in (RESPONSE_TOO_LARGE), not buffered', async () => {
    let sent = 0
    let stopped = false
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"lists":[')
      const chunk = `${'{"id":"x","name":"y"},'.repeat(4096)}`
      // 64 MB at most: the client must hang up long before.
      const more = (): void => {
        while (sent < 64 * 1024 * 1024) {
          sent += chunk.length
          if (!response.write(chunk)) {
            response.once('drain', more)
            return
          }
        }
        response.end('{}],"total_items":1}')
      }
      response.on('close', () => (stopped = true))
      more()
    }
    expect(await failure(() => client.getLists())).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'RESPONSE_TOO_LARGE', mayHaveLanded: true },
      message: expect.stringContaining('more than 1 MB')
    })
    await vi.waitFor(() => expect(stopped).toBe(true))
    expect(sent).toBeLessThan(64 * 1024 * 1024)
  })
})
