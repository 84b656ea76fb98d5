import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusSimulator } from '../../../../../simulators/mplus/index'
import { connectorFailure } from '../../../../../tests/support/mplus-simulated'
import { createMplusClient, type MplusClient } from './client'

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
async function deadPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 0
}

describe('Mplus client bad-input set: each case gives a specific error, none crashes', () => {
  let simulator: MplusSimulator
  let client: MplusClient

  beforeAll(async () => {
    simulator = await startMplusSimulator({ fixture: { size: 10, seed: 3 } })
    client = createMplusClient({
      host: simulator.host,
      port: simulator.port,
      useTls: false,
      ident: simulator.ident,
      secret: simulator.secret,
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      maxResponseBytes: 8 * 1024 * 1024
    })
  })
  afterAll(async () => {
    await simulator.close()
  })
  beforeEach(() => {
    simulator.faults.clear()
    simulator.resetCounts()
  })

  const rewrite = (
    operation: string,
    change: (
      xml: string
    ) => string | { status: number; body: string | Buffer; contentType?: string }
  ) =>
    simulator.faults.rewriteNext(operation, (xml) => {
      const result = change(xml)
      return typeof result === 'string' ? { body: result } : result
    })

  it('1. malformed XML', async () => {
    rewrite('getBranches', (xml) => xml.replace('</ns:branchName>', '</ns:branchNam>'))
    const error = await connectorFailure(client.getBranches())
    expect(error).toMatchObject({ kind: 'invalid-response', details: { code: 'MALFORMED_XML' } })
    expect(error.message).toMatch(/malformed XML/)
  })

  it('2. wrong namespace on the response element', async () => {
    rewrite('getBranches', (xml) =>
      xml.replace('xmlns:ns="urn:mplusqapi"', 'xmlns:ns="urn:otherapi"')
    )
    const error = await connectorFailure(client.getBranches())
    expect(error).toMatchObject({ kind: 'invalid-response' })
    expect(error.message).toMatch(/getBranchesResponse.*namespace urn:mplusqapi/)
  })

  it('3. wrong namespace on one nested element, named by its path', async () => {
    rewrite('getBranches', (xml) =>
      xml
        .replace('<ns:countryIso3>', '<x:countryIso3 xmlns:x="urn:x">')
        .replace('</ns:countryIso3>', '</x:countryIso3>')
    )
    const error = await connectorFailure(client.getBranches())
    expect(error.message).toMatch(
      /getBranchesResponse\/branches\/branch\/countryIso3: element is in namespace urn:x/
    )
  })

  it('4. missing required element, named by its path', async () => {
    rewrite('getRelations', (xml) => xml.replace(/<ns:relationNumber>\d+<\/ns:relationNumber>/, ''))
    const error = await connectorFailure(client.getRelations({ syncMarkerLimit: 3 }))
    expect(error).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'SCHEMA_MISMATCH' }
    })
    expect(error.message).toMatch(/GetRelationsResponse\/relationList\/relation\/0\/relationNumber/)
  })

  it('5. a 50 MB response is refused, not buffered', async () => {
    const filler = Buffer.alloc(50 * 1024 * 1024, ' ')
    rewrite('getRelations', (xml) => ({
      status: 200,
      body: Buffer.concat([Buffer.from(xml.slice(0, 200)), filler])
    }))
    const error = await connectorFailure(client.getRelations())
    expect(error).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'RESPONSE_TOO_LARGE' }
    })
  })

  it('6. unknown result enum', async () => {
    rewrite('findOrder', (xml) => xml.replace(/GET-ORDER-RESULT-[A-Z-]+/, 'GET-ORDER-RESULT-MAYBE'))
    const error = await connectorFailure(client.findOrder('nope'))
    expect(error).toMatchObject({ kind: 'invalid-response' })
    expect(error.message).toMatch(/GetOrderResponse\/result/)
  })

  it('7. non-numeric xsd:long', async () => {
    rewrite('getStock', (xml) => xml.replace(/<ns:amountFree>-?\d+</, '<ns:amountFree>twelve<'))
    const error = await connectorFailure(client.getStock({ branchNumber: 1 }))
    expect(error.message).toMatch(/GetStockResponse\/articleStocks\/0\/amountFree: not an integer/)
  })

  it('8. a number beyond what JavaScript holds exactly', async () => {
    rewrite('getRelations', (xml) =>
      xml.replace(/<ns:relationNumber>\d+</, '<ns:relationNumber>92233720368547758070<')
    )
    const error = await connectorFailure(client.getRelations({ syncMarkerLimit: 1 }))
    expect(error.message).toMatch(/relationNumber: integer too large/)
  })

  it('9. a different response element than the operation promises', async () => {
    rewrite('getRelations', (xml) => xml.replaceAll('GetRelationsResponse', 'GetProductsResponse'))
    expect(await connectorFailure(client.getRelations({ syncMarkerLimit: 1 }))).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'UNEXPECTED_ELEMENT' }
    })
  })

  it('10. a DOCTYPE with entity definitions (entity bomb) is refused', async () => {
    rewrite('getBranches', (xml) =>
      xml.replace(
        '<SOAP-ENV:Envelope',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><SOAP-ENV:Envelope'
      )
    )
    const error = await connectorFailure(client.getBranches())
    expect(error.message).toMatch(/DOCTYPE/)
  })

  it('11. an empty 200 response', async () => {
    rewrite('getBranches', () => '')
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'invalid-response'
    })
  })

  it('12. HTTP 503 without a SOAP fault is transient', async () => {
    rewrite('getBranches', () => ({
      status: 503,
      body: 'Service Unavailable',
      contentType: 'text/plain'
    }))
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'transient',
      details: { httpStatus: 503 }
    })
  })

  it('13. HTTP 404 HTML page (wrong endpoint) is permanent', async () => {
    rewrite('getBranches', () => ({
      status: 404,
      body: '<html><body>Not found</body></html>',
      contentType: 'text/html'
    }))
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'permanent',
      details: { httpStatus: 404 }
    })
  })

  it('14. a SOAP 1.2 envelope is not the SOAP 1.1 the WSDL binds', async () => {
    rewrite('getBranches', (xml) =>
      xml.replace(
        'http://schemas.xmlsoap.org/soap/envelope/',
        'http://www.w3.org/2003/05/soap-envelope'
      )
    )
    const error = await connectorFailure(client.getBranches())
    expect(error.message).toMatch(/not a SOAP 1.1 envelope/)
  })

  it('15. negative quantity on an order line is refused before sending', async () => {
    const error = await connectorFailure(
      client.createOrderV3({
        extOrderId: 'NEG-1',
        relationNumber: 1001,
        employeeNumber: 999999,
        lineList: [{ articleNumber: 10001, data: { quantity: -1 } }]
      })
    )
    expect(error).toMatchObject({ kind: 'validation' })
    expect(error.message).toMatch(/lineList\[0\]\.data\.quantity must be at least 0/)
    expect(simulator.requestCounts()).toEqual({})
  })

  it('16. a non-numeric or fractional article number is refused before sending', async () => {
    const order = {
      extOrderId: 'ART-1',
      relationNumber: 1001,
      employeeNumber: 999999,
      lineList: [{ articleNumber: 12.5, data: { quantity: 1 } }]
    }
    expect(await connectorFailure(client.createOrderV3(order))).toMatchObject({
      kind: 'validation'
    })
    expect(
      await connectorFailure(
        client.setStock({ branchNumber: 1, articleNumber: Number.NaN, amount: 1 })
      )
    ).toMatchObject({ kind: 'validation' })
    expect(simulator.requestCounts()).toEqual({})
  })

  it('17. a control character XML cannot carry is refused before sending', async () => {
    const error = await connectorFailure(client.createRelation({ name: 'Jan\u0007Jansen' }))
    expect(error).toMatchObject({ kind: 'validation' })
    expect(error.message).toMatch(/createRelation\/relation\/name/)
  })

  it('18. an impossible birth date is refused before sending', async () => {
    expect(
      await connectorFailure(client.createRelation({ name: 'Piet', birthDate: '2026-02-30' }))
    ).toMatchObject({ kind: 'validation' })
  })

  it('19. a SOAP fault with an unknown code is permanent; an authentication code is auth', async () => {
    const fault = (code: string) =>
      `<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring>no</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`
    rewrite('getBranches', () => ({ status: 500, body: fault('SOAP-ENV:VersionMismatch') }))
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'permanent',
      details: { code: 'SOAP-ENV:VersionMismatch' }
    })
    rewrite('getBranches', () => ({ status: 500, body: fault('SOAP-ENV:Client.Authentication') }))
    expect(await connectorFailure(client.getBranches())).toMatchObject({ kind: 'auth' })
  })

  it('20. a wrong password is an auth error and the secret appears nowhere', async () => {
    const wrong = createMplusClient({
      host: simulator.host,
      port: simulator.port,
      useTls: false,
      ident: simulator.ident,
      secret: 'Hunter2-secret'
    })
    const error = await connectorFailure(wrong.getEmployees())
    expect(error.kind).toBe('auth')
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(
      'Hunter2-secret'
    )
  })

  it('21. a dead network (nothing listening) is transient, and testConnection says so plainly', async () => {
    const dead = createMplusClient({
      host: '127.0.0.1',
      port: await deadPort(),
      useTls: false,
      ident: 'a',
      secret: 'b',
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      // Fail at once rather than wait out the outage (client-faults.test.ts covers that).
      outage: { budgetMs: 0, firstDelayMs: 1, maxDelayMs: 1 }
    })
    expect(await connectorFailure(dead.getBranches())).toMatchObject({
      kind: 'transient',
      details: { code: 'ECONNREFUSED' }
    })
    const result = await dead.testConnection()
    expect(result).toMatchObject({ ok: false, kind: 'transient' })
    expect(!result.ok && result.failure.message).toMatch(/connection refused/)
  })

  it('22. a page that goes back in syncMarker is refused instead of looping', async () => {
    rewrite('getRelations', (xml) =>
      xml.replace(/<ns:syncMarker>\d+<\/ns:syncMarker>/, '<ns:syncMarker>0</ns:syncMarker>')
    )
    const pages = client.iterateRelations({ fromSyncMarker: 2, syncMarkerLimit: 3 })
    expect(await connectorFailure(pages.next())).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'SYNC_MARKER_REGRESSION' }
    })
  })

  it('23. a DOCTYPE behind a long comment (entity bomb) is refused, not expanded', async () => {
    rewrite('getBranches', (xml) =>
      xml
        .replace(
          '<SOAP-ENV:Envelope',
          `<!--${'x'.repeat(4096)}--><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><SOAP-ENV:Envelope`
        )
        .replace(/<ns:branchName>[^<]*</, '<ns:branchName>&c;<')
    )
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'MALFORMED_XML' },
      message: expect.stringContaining('DOCTYPE declarations are not accepted')
    })
  })

  it('24. an external entity (XXE) is never resolved: the answer is refused', async () => {
    rewrite('getBranches', (xml) =>
      xml
        .replace(
          '<SOAP-ENV:Envelope',
          '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><SOAP-ENV:Envelope'
        )
        .replace(/<ns:branchName>[^<]*</, '<ns:branchName>&e;<')
    )
    const error = await connectorFailure(client.getBranches())
    expect(error).toMatchObject({ kind: 'invalid-response', details: { code: 'MALFORMED_XML' } })
    expect(error.message).not.toMatch(/root:/)
  })

  it.each([
    ['an HTML page', '<html><body><h1>Welcome to the hotel Wi-Fi</h1></body></html>', 'text/html'],
    ['JSON', '{"error":"maintenance"}', 'application/json'],
    ['plain text', 'OK', 'text/plain']
  ])('25. %s with status 200 instead of SOAP is an invalid answer', async (_name, body, type) => {
    rewrite('getBranches', () => ({ status: 200, body, contentType: type }))
    expect(await connectorFailure(client.getBranches())).toMatchObject({
      kind: 'invalid-response',
      details: { operation: 'getBranches', code: 'MALFORMED_XML' }
    })
  })

  it('26. an unreadable answer to a create may have landed: the caller looks before it sends again', async () => {
    rewrite('createRelation', (xml) => xml.slice(0, Math.floor(xml.length / 2)))
    const error = await connectorFailure(
      client.createRelation({ name: 'Half Antwoord', email: 'half@ziggo.nl' })
    )
    expect(error).toMatchObject({
      kind: 'invalid-response',
      details: { code: 'MALFORMED_XML', mayHaveLanded: true }
    })
    expect(simulator.writeCounts().createRelation).toBe(1)
  })
})
