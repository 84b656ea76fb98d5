import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTempDir } from '../../tests/support/temp-dir'
import { simulatedOperationNames, startMplusSimulator, type MplusSimulator } from './index'
import {
  readMplusWsdl,
  skipWithoutMplusReference,
  strictXsdOptions
} from './reference-availability'
import { XsdValidator } from './xsd-validator'

/**
 * The simulator on its own, spoken to with hand-written SOAP (never through our client), so its
 * strictness is checked independently: what it refuses, xmllint refuses too.
 */

const envelopeOf = (body: string, prefix = 'm') =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:${prefix}="urn:mplusqapi"><soap:Body>${body}</soap:Body></soap:Envelope>`

const orderXml = (extOrderId: string) =>
  `<m:order><m:orderId></m:orderId><m:extOrderId>${extOrderId}</m:extOrderId><m:employeeNumber>999999</m:employeeNumber><m:relationNumber>1001</m:relationNumber>` +
  '<m:lineList><m:line><m:articleNumber>999</m:articleNumber><m:data><m:quantity>1</m:quantity><m:price>495</m:price></m:data></m:line></m:lineList></m:order>'
const salesFilters = '<m:articlePluNumbers/><m:articleBarcodes/>'

const firstId = (records: Map<string, unknown>, index = 0): string => [...records.keys()][index]

/**
 * A minimal valid request for every simulated operation (content of the operation element); a
 * function when it needs an id from the fixture. Sent in this order.
 */
const minimalRequests: Record<string, string | ((simulator: MplusSimulator) => string)> = {
  getApiVersion: '',
  getBranches: '',
  getEmployees: '',
  getVatGroupList: '',
  getTurnoverGroups: '<m:request/>',
  getPaymentMethods: '',
  getPaymentMethodsV2: '<m:request/>',
  getDeliveryMethods: '',
  getCurrentSyncMarkers: '',
  getCurrentSyncMarkersV2: '<m:request><m:includeStockId>true</m:includeStockId></m:request>',
  getArticleGroups: '<m:request/>',
  getArticleGroupChanges: '<m:request><m:syncMarker>1</m:syncMarker></m:request>',
  newArticleGroup:
    '<m:request><m:parentGroupNumber>0</m:parentGroupNumber><m:name>Sale</m:name><m:text>Uitverkoop</m:text></m:request>',
  updateArticleGroup:
    '<m:request><m:groupNumber>1</m:groupNumber><m:sortOrder>9</m:sortOrder></m:request>',
  addProductsToArticleGroup:
    '<m:request><m:groupNumber>2</m:groupNumber><m:productNumbers><m:number>101</m:number></m:productNumbers></m:request>',
  getRelations: '<m:request/>',
  getRelation: '<m:relationNumber>1001</m:relationNumber>',
  findRelation: '<m:relation><m:city>a</m:city></m:relation>',
  findRelationV2: '<m:request><m:relation><m:name>e</m:name></m:relation></m:request>',
  createRelation: '<m:relation><m:name>Noor Bakker</m:name></m:relation>',
  updateRelation:
    '<m:relation><m:relationNumber>1003</m:relationNumber><m:active>false</m:active></m:relation>',
  getProducts: '<m:request><m:pluNumbers/></m:request>',
  createProduct:
    '<m:product><m:description>Sokken</m:description><m:articleList><m:article><m:description>Sokken 39-42</m:description></m:article></m:articleList></m:product>',
  updateProduct:
    '<m:product><m:productNumber>101</m:productNumber><m:description>Nieuw</m:description></m:product>',
  getStock: '<m:request><m:branchNumber>1</m:branchNumber><m:articleNumbers/></m:request>',
  setStock:
    '<m:request><m:branchNumber>1</m:branchNumber><m:articleNumber>10001</m:articleNumber><m:amount>5</m:amount></m:request>',
  updateStock:
    '<m:request><m:branchNumber>1</m:branchNumber><m:articleNumber>10001</m:articleNumber><m:amountChanged>-1</m:amountChanged></m:request>',
  getStockHistory: '<m:request><m:branchNumber>1</m:branchNumber></m:request>',
  getStockHistoryV2: '<m:request><m:branchNumbers>1</m:branchNumbers></m:request>',
  savePurchaseOrderV2:
    '<m:request><m:savePurchaseOrder><m:relationNumber>1001</m:relationNumber><m:lineList><m:line><m:articleNumber>10001</m:articleNumber><m:data><m:quantity>6</m:quantity></m:data></m:line></m:lineList></m:savePurchaseOrder></m:request>',
  getPurchaseOrdersV2: '<m:request/>',
  savePurchaseDeliveryV2:
    '<m:request><m:savePurchaseDelivery><m:relationNumber>1001</m:relationNumber><m:lineList><m:line><m:articleNumber>10001</m:articleNumber><m:data><m:deliveredQuantity>2</m:deliveredQuantity></m:data></m:line></m:lineList></m:savePurchaseDelivery></m:request>',
  createOrder: orderXml('MIN-1'),
  createOrderV2: `<m:request>${orderXml('MIN-2')}</m:request>`,
  createOrderV3: `<m:request><m:idempotencyKey>min-3</m:idempotencyKey>${orderXml('MIN-3')}</m:request>`,
  findOrder: '<m:extOrderId>MIN-1</m:extOrderId>',
  getOrder: (sim) => `<m:orderId>${firstId(sim.state.orders)}</m:orderId>`,
  getOrders: `<m:request>${salesFilters}</m:request>`,
  getOrdersByExtOrderIds:
    '<m:request><m:extOrderIds><m:id>MIN-2</m:id></m:extOrderIds></m:request>',
  getInvoices: `<m:request>${salesFilters}</m:request>`,
  getInvoice: (sim) => `<m:invoiceId>${firstId(sim.state.invoices)}</m:invoiceId>`,
  saveInvoice:
    '<m:invoice><m:extInvoiceId>MIN-INV</m:extInvoiceId><m:employeeNumber>999999</m:employeeNumber><m:lineList><m:line><m:articleNumber>10002</m:articleNumber><m:data><m:quantity>1</m:quantity></m:data></m:line></m:lineList></m:invoice>',
  findInvoice: '<m:extInvoiceId>MIN-INV</m:extInvoiceId>',
  creditInvoice: (sim) => `<m:invoiceId>${firstId(sim.state.invoices)}</m:invoiceId>`,
  creditInvoiceV2: (sim) =>
    `<m:request><m:invoiceId>${firstId(sim.state.invoices, 1)}</m:invoiceId><m:explanation>Retour</m:explanation></m:request>`,
  getReceipts: `<m:request>${salesFilters}</m:request>`,
  getReceipt: (sim) => `<m:receiptId>${firstId(sim.state.receipts)}</m:receiptId>`
}

/** Requests the schema refuses: [label, body element]. */
const schemaViolations: [string, string][] = [
  [
    'elements out of order',
    '<m:getRelations><m:request><m:syncMarkerLimit>5</m:syncMarkerLimit><m:syncMarker>1</m:syncMarker></m:request></m:getRelations>'
  ],
  ['missing required element', '<m:getRelation/>'],
  [
    'unknown element',
    '<m:getRelation><m:relationNumber>1</m:relationNumber><m:verbose>true</m:verbose></m:getRelation>'
  ],
  [
    'non-numeric xsd:long',
    '<m:getRelation><m:relationNumber>12a</m:relationNumber></m:getRelation>'
  ],
  [
    'xsd:int out of range',
    '<m:getStock><m:request><m:branchNumber>99999999999</m:branchNumber><m:articleNumbers/></m:request></m:getStock>'
  ],
  [
    'unknown enum value',
    '<m:createRelation><m:relation><m:name>X</m:name><m:defaultVatMethod>VAT-METHOD-MAYBE</m:defaultVatMethod></m:relation></m:createRelation>'
  ],
  [
    'invalid boolean',
    '<m:findRelationV2><m:request><m:relation><m:email>a@b.nl</m:email></m:relation><m:exactMatch>yes</m:exactMatch></m:request></m:findRelationV2>'
  ],
  [
    'required element missing deeper (GetProductsRequest.pluNumbers)',
    '<m:getProducts><m:request><m:syncMarker>1</m:syncMarker></m:request></m:getProducts>'
  ],
  [
    'unqualified child element',
    '<m:getRelation><relationNumber>1</relationNumber></m:getRelation>'
  ],
  [
    'order line without articleNumber',
    '<m:createOrder><m:order><m:orderId></m:orderId><m:lineList><m:line><m:text>x</m:text></m:line></m:lineList></m:order></m:createOrder>'
  ]
]

describe('MplusKASSA simulator (raw SOAP)', () => {
  let simulator: MplusSimulator
  const tempDir = useTempDir('mplus-sim-')
  const post = async (body: string, query?: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(
      `${simulator.url}?${query ?? `ident=${simulator.ident}&secret=${simulator.secret}`}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml; charset=utf-8' },
        body
      }
    )
    return { status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    simulator = await startMplusSimulator({ fixture: { size: 12, seed: 9 }, ...strictXsdOptions() })
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('answers every simulated operation', async () => {
    expect(Object.keys(minimalRequests).sort()).toEqual([...simulatedOperationNames].sort())
    for (const [operation, request] of Object.entries(minimalRequests)) {
      const content = typeof request === 'string' ? request : request(simulator)
      const response = await post(envelopeOf(`<m:${operation}>${content}</m:${operation}>`))
      expect(response.status, `${operation}: ${response.text.slice(0, 300)}`).toBe(200)
      expect(response.text).not.toMatch(/RESULT-(FAILED|NOT-?FOUND)/)
    }
  })

  it.skipIf(skipWithoutMplusReference)(
    'all requests and responses so far pass xmllint against the WSDL (strict mode)',
    async () => {
      expect(await simulator.validateRecordedMessages()).toEqual([])
    }
  )

  it.skipIf(skipWithoutMplusReference)(
    'serves the official WSDL at ?wsdl without credentials',
    async () => {
      const response = await fetch(`${simulator.url}?wsdl`)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(readMplusWsdl())
    }
  )

  it('answers with SOAP-ENV / ns prefixes and the irregular response names of the WSDL', async () => {
    const version = await post(envelopeOf('<m:getApiVersion/>'))
    expect(version.status).toBe(200)
    expect(version.text).toContain('<SOAP-ENV:Body><ns:getApiVersionResponse>')
    const order = await post(
      envelopeOf('<m:findOrder><m:extOrderId>none</m:extOrderId></m:findOrder>')
    )
    expect(order.text).toContain(
      '<ns:GetOrderResponse><ns:result>GET-ORDER-RESULT-NOT-FOUND</ns:result></ns:GetOrderResponse>'
    )
  })

  it('accepts any prefix, a default namespace, and 1/0 booleans; ignores SOAPAction', async () => {
    const defaultNs = `<?xml version="1.0"?><Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><getRelation xmlns="urn:mplusqapi"><relationNumber>1001</relationNumber></getRelation></Body></Envelope>`
    expect((await post(defaultNs)).text).toContain('GET-RELATION-RESULT-OK')
    const numericBool = envelopeOf(
      '<q:getTurnoverGroups><q:request><q:onlyActive>1</q:onlyActive></q:request></q:getTurnoverGroups>',
      'q'
    )
    expect((await post(numericBool)).status).toBe(200)
  })

  it('refuses wrong or missing credentials with a Client.Authentication fault (code UNCONFIRMED)', async () => {
    for (const query of [`ident=${simulator.ident}&secret=wrong`, '', `ident=${simulator.ident}`]) {
      const response = await post(envelopeOf('<m:getApiVersion/>'), query)
      expect(response.status).toBe(500)
      expect(response.text).toContain('<faultcode>SOAP-ENV:Client.Authentication</faultcode>')
    }
  })

  it('refuses malformed envelopes, wrong namespaces and unknown operations with a Client fault', async () => {
    const cases = [
      '<not-xml',
      envelopeOf('<m:getApiVersion/>').replace('urn:mplusqapi', 'urn:other'),
      envelopeOf('<m:getApiVersion/>').replace(
        'http://schemas.xmlsoap.org/soap/envelope/',
        'http://www.w3.org/2003/05/soap-envelope'
      ),
      envelopeOf('<m:launchRocket/>'),
      envelopeOf('<m:getApiVersion/><m:getBranches/>')
    ]
    for (const body of cases) {
      const response = await post(body)
      expect(response.status, body).toBe(500)
      expect(response.text).toContain('<faultcode>SOAP-ENV:Client</faultcode>')
    }
  })

  it('refuses every schema violation with a Client fault', async () => {
    for (const [label, body] of schemaViolations) {
      const response = await post(envelopeOf(body))
      expect(response.status, label).toBe(500)
      expect(response.text, label).toContain('SOAP-ENV:Client')
    }
  })

  it.skipIf(skipWithoutMplusReference)(
    'xmllint refuses the same requests the simulator refuses',
    async () => {
      const validator = new XsdValidator(readMplusWsdl())
      try {
        const standalone = schemaViolations.map(([label, body]) => ({
          label,
          xml: body.replace(/^<m:(\w+)/, '<m:$1 xmlns:m="urn:mplusqapi"')
        }))
        const failures = await validator.validate(standalone)
        expect(failures.map((f) => f.label).sort()).toEqual(
          schemaViolations.map(([label]) => label).sort()
        )
      } finally {
        validator.dispose()
      }
    }
  )

  it('answers business refusals as result enums in a 200 response, with the schema-required fields', async () => {
    const noRelation = await post(
      envelopeOf(
        '<m:createOrder><m:order><m:orderId></m:orderId><m:extOrderId>X-1</m:extOrderId><m:employeeNumber>999999</m:employeeNumber><m:lineList><m:line><m:articleNumber>999</m:articleNumber><m:data><m:quantity>1</m:quantity></m:data></m:line></m:lineList></m:order></m:createOrder>'
      )
    )
    expect(noRelation.status).toBe(200)
    expect(noRelation.text).toContain(
      '<ns:result>CREATE-ORDER-RESULT-FAILED</ns:result><ns:info><ns:orderId></ns:orderId><ns:orderString></ns:orderString></ns:info><ns:errorMessage>An order requires a relationNumber</ns:errorMessage>'
    )
    const missing = await post(
      envelopeOf('<m:getRelation><m:relationNumber>424242</m:relationNumber></m:getRelation>')
    )
    expect(missing.text).toContain(
      '<ns:result>GET-RELATION-RESULT-NOT-FOUND</ns:result><ns:relation></ns:relation>'
    )
  })

  it('raises a per-entity syncMarker by one on every change', async () => {
    const before = simulator.state.counters.relationSyncMarker
    await post(
      envelopeOf(
        '<m:updateRelation><m:relation><m:relationNumber>1001</m:relationNumber><m:city>Gent</m:city></m:relation></m:updateRelation>'
      )
    )
    await post(
      envelopeOf(
        '<m:updateRelation><m:relation><m:relationNumber>1002</m:relationNumber><m:city>Namur</m:city></m:relation></m:updateRelation>'
      )
    )
    expect(simulator.state.counters.relationSyncMarker).toBe(before + 2)
    expect(simulator.state.relations.get(1002)?.syncMarker).toBe(before + 2)
    const articleMarker = simulator.state.counters.articleSyncMarker
    await post(
      envelopeOf(
        '<m:updateProduct><m:product><m:productNumber>102</m:productNumber><m:extraText>Nieuw seizoen</m:extraText></m:product></m:updateProduct>'
      )
    )
    expect(simulator.state.counters.articleSyncMarker).toBe(articleMarker + 1)
    expect(simulator.state.products.get(102)?.syncMarker).toBe(articleMarker + 1)
  })

  it('saves its state to JSON and starts again from it', async () => {
    const path = join(tempDir(), 'state.json')
    simulator.saveState(path)
    const copy = await startMplusSimulator({ fixture: JSON.parse(readFileSync(path, 'utf8')) })
    try {
      expect(copy.state.relations.get(1002)?.city).toBe('Namur')
      expect(copy.state.counters).toEqual(simulator.state.counters)
      expect(copy.state.orders.size).toBe(simulator.state.orders.size)
    } finally {
      await copy.close()
    }
  })

  it('restarts on the same port with its state: refused while down, answering again after', async () => {
    const state = () => fetch(`${simulator.url}__admin/state`).then((r) => r.json() as unknown)
    const before = await state()
    const restarted = simulator.restart(400)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await expect(state()).rejects.toThrow()
    await restarted
    expect(await state()).toEqual(before)
  })
})
