import { X509Certificate } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { generate } from 'selfsigned'
import { FaultInjector, type FaultKind } from './faults'
import type { OperationContext } from './operations/context'
import {
  changeReceipt,
  createReceipt,
  creditReceipt,
  type ReceiptChange,
  type ReceiptInput
} from './operations/sales-documents'
import { sharedSchemaModel } from './schema-model'
import { createSoapHandler, listen, simulatedOperations } from './server'
import { generateShopFixture } from './shop-fixture'
import { XsdValidator, type XsdValidationFailure } from './xsd-validator'
import { fixtureFromState, stateFromFixture, type MplusFixture, type MplusState } from './state'
import type { PlainObject } from './xml-codec'

export type { MplusFixture, MplusState } from './state'
export type { FaultKind } from './faults'
export type { ReceiptChange, ReceiptInput } from './operations/sales-documents'
export { generateShopFixture } from './shop-fixture'

export interface MplusSimulatorOptions {
  /** 0 (default) = a free port. */
  port?: number
  tls?: boolean
  fixture?: MplusFixture | { size: number; seed?: number; relationCount?: number }
  ident?: string
  secret?: string
  /** Added to every call. */
  latencyMs?: number
  /** Keep every accepted request and every response (standalone Body elements) for XSD validation. */
  recordMessages?: boolean
  /**
   * The official WSDL's text, which the simulator does not need to run (it has its own model of it,
   * see schema-model.ts): tests pass it from the reference folder to have it served at `?wsdl` and
   * to validate messages against its XSD.
   */
  wsdlText?: string
  /**
   * Strict mode for tests (needs wsdlText): record every accepted request and every response and
   * validate them all with xmllint against the WSDL's XSD when the simulator closes; close()
   * rejects on any failure.
   */
  strictXsd?: boolean
}

export interface RecordedMessage {
  operation: string
  direction: 'request' | 'response'
  xml: string
}

export interface MplusSimulator {
  /** Base URL to POST to, without credentials. */
  url: string
  host: string
  port: number
  ident: string
  secret: string
  /** SHA-256 of the DER certificate, lower-case hex without separators (when tls). */
  certificateSha256?: string
  /** PEM of the self-signed certificate (when tls), for clients that want to trust it as a CA. */
  certificatePem?: string
  state: MplusState
  faults: FaultInjector
  /** A till sale, as /__admin/receipts books it (the WSDL cannot create receipts). */
  createReceipt(input: ReceiptInput): PlainObject
  /** A full credit receipt of a receipt, as /__admin/receipts/{id}/credit books it. */
  creditReceipt(receiptId: string): PlainObject
  /** A later change of a receipt's customer or state, as PATCH /__admin/receipts/{id} makes it. */
  changeReceipt(receiptId: string, change: ReceiptChange): PlainObject
  requestCounts(): Record<string, number>
  writeCounts(): Record<string, number>
  resetCounts(): void
  /** Messages recorded since start (recordMessages) — drained by the caller. */
  takeRecordedMessages(): RecordedMessage[]
  /** Validates (and drains) the recorded messages with xmllint; returns the failures (needs wsdlText). */
  validateRecordedMessages(): Promise<XsdValidationFailure[]>
  saveState(path: string): void
  /**
   * Stops listening (open connections are destroyed, new ones refused), waits `downMs`, then
   * listens again on the same port with the same state: a server restart, as a chaos test needs.
   */
  restart(downMs?: number): Promise<void>
  close(): Promise<void>
}

function isFixture(value: MplusSimulatorOptions['fixture']): value is MplusFixture {
  return typeof value === 'object' && 'counters' in value
}

export async function startMplusSimulator(
  options: MplusSimulatorOptions = {}
): Promise<MplusSimulator> {
  if (options.strictXsd && options.wsdlText === undefined)
    throw new Error('strictXsd needs the WSDL text (wsdlText) to validate against')
  const model = sharedSchemaModel()
  const fixtureOption = options.fixture ?? { size: 25 }
  const state = stateFromFixture(
    isFixture(fixtureOption) ? fixtureOption : generateShopFixture(fixtureOption)
  )
  const ident = options.ident ?? 'kassabrug-sim'
  const secret = options.secret ?? 'sim-secret-0000'
  const faults = new FaultInjector()
  const requests = new Map<string, number>()
  const writes = new Map<string, number>()
  const recorded: RecordedMessage[] = []
  const context: OperationContext = { state, now: () => new Date() }

  let tls: { key: string; cert: string } | undefined
  let certificateSha256: string | undefined
  if (options.tls) {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
    })
    tls = { key: pems.private, cert: pems.cert }
    certificateSha256 = new X509Certificate(pems.cert).fingerprint256
      .replace(/:/g, '')
      .toLowerCase()
  }

  const handleAdmin = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const path = new URL(request.url ?? '/', 'http://simulator').pathname
    const json = (status: number, value: unknown): void => {
      const text = JSON.stringify(value)
      response.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text)
      })
      response.end(text)
    }
    try {
      if (path === '/__admin/counts' && request.method === 'GET') {
        return json(200, {
          requests: Object.fromEntries(requests),
          writes: Object.fromEntries(writes)
        })
      }
      if (path === '/__admin/counts/reset' && request.method === 'POST') {
        simulator.resetCounts()
        return json(200, { ok: true })
      }
      if (path === '/__admin/faults' && request.method === 'GET')
        return json(200, faults.describe())
      if (path === '/__admin/faults' && request.method === 'DELETE') {
        faults.clear()
        return json(200, { ok: true })
      }
      if (path === '/__admin/faults' && request.method === 'POST') {
        const input = JSON.parse(body) as {
          operation?: string
          kind?: FaultKind
          count?: number
          latencyMs?: number
          slowServerMs?: number
        }
        if (input.kind) faults.failNext(input.operation ?? '*', input.kind, input.count ?? 1)
        if (input.latencyMs !== undefined)
          faults.setLatency(input.operation ?? '*', input.latencyMs)
        if (input.slowServerMs !== undefined) faults.setSlowServer(input.slowServerMs)
        return json(200, faults.describe())
      }
      // Till sales: the WSDL has no operation that creates a receipt (sales happen at the till),
      // so tests create them here. This is the simulator's own surface, not MplusQapi.
      if (path === '/__admin/receipts' && request.method === 'POST') {
        const receipt = createReceipt(JSON.parse(body) as ReceiptInput, context)
        return json(200, receipt)
      }
      const credit = /^\/__admin\/receipts\/([^/]+)\/credit$/.exec(path)
      if (credit && request.method === 'POST')
        return json(200, creditReceipt(decodeURIComponent(credit[1]), context))
      const receipt = /^\/__admin\/receipts\/([^/]+)$/.exec(path)
      if (receipt && request.method === 'PATCH') {
        const change = JSON.parse(body) as ReceiptChange
        return json(200, changeReceipt(decodeURIComponent(receipt[1]), change, context))
      }
      if (path === '/__admin/state' && request.method === 'GET') {
        return json(200, {
          counters: state.counters,
          relations: state.relations.size,
          products: state.products.size,
          articles: state.articleOwners.size,
          stockRecords: state.stock.size,
          orders: state.orders.size,
          invoices: state.invoices.size,
          receipts: state.receipts.size,
          purchaseOrders: state.purchaseOrders.size,
          stockHistory: state.stockHistory.length
        })
      }
      json(404, { error: `No admin endpoint ${request.method ?? ''} ${path}` })
    } catch (error) {
      json(400, { error: (error as Error).message })
    }
  }

  const handler = createSoapHandler({
    model,
    wsdlText: options.wsdlText,
    context,
    faults,
    ident,
    secret,
    latencyMs: options.latencyMs ?? 0,
    onMessage:
      options.recordMessages || options.strictXsd ? (message) => recorded.push(message) : undefined,
    onCall: (operation, isWrite) => {
      requests.set(operation, (requests.get(operation) ?? 0) + 1)
      if (isWrite) writes.set(operation, (writes.get(operation) ?? 0) + 1)
    },
    handleAdmin
  })
  let listening = await listen(handler, options.port ?? 0, tls)
  const host = '127.0.0.1'
  const simulator: MplusSimulator = {
    url: `${tls ? 'https' : 'http'}://${host}:${listening.port}/`,
    host,
    port: listening.port,
    ident,
    secret,
    certificateSha256,
    certificatePem: tls?.cert,
    state,
    faults,
    createReceipt: (input) => createReceipt(input, context),
    creditReceipt: (receiptId) => creditReceipt(receiptId, context),
    changeReceipt: (receiptId, change) => changeReceipt(receiptId, change, context),
    requestCounts: () => Object.fromEntries(requests),
    writeCounts: () => Object.fromEntries(writes),
    resetCounts: () => {
      requests.clear()
      writes.clear()
    },
    takeRecordedMessages: () => recorded.splice(0),
    validateRecordedMessages: () => {
      if (options.wsdlText === undefined)
        throw new Error('validateRecordedMessages needs the WSDL text (wsdlText)')
      return validateMessages(options.wsdlText, recorded.splice(0))
    },
    saveState: (path) => writeFileSync(path, JSON.stringify(fixtureFromState(state))),
    restart: async (downMs = 0) => {
      await listening.close()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      listening = await listen(handler, listening.port, tls)
    },
    close: async () => {
      await listening.close()
      if (!options.strictXsd) return
      const failures = await simulator.validateRecordedMessages()
      if (failures.length > 0) {
        const shown = failures.slice(0, 5).map((f) => `${f.label}: ${f.error}`)
        throw new Error(
          `${failures.length} MplusQapi message(s) broke the XSD:\n${shown.join('\n')}`
        )
      }
    }
  }
  return simulator
}

async function validateMessages(
  wsdlText: string,
  messages: RecordedMessage[]
): Promise<XsdValidationFailure[]> {
  if (messages.length === 0) return []
  const validator = new XsdValidator(wsdlText)
  try {
    return await validator.validate(
      messages.map((m, index) => ({ label: `#${index} ${m.operation} ${m.direction}`, xml: m.xml }))
    )
  } finally {
    validator.dispose()
  }
}

/** Operations the simulator implements (the rest of the WSDL's 374 answer with a Client fault). */
export const simulatedOperationNames = Object.keys(simulatedOperations)
