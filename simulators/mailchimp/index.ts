import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimulatorContext } from './context'
import { dispatch, type CapturedRequest } from './dispatcher'
import { defaultFakeEmailDomains } from './email-rules'
import { ApiProblem, problemTitles } from './problem'
import { FaultInjector, type FaultSpec, type ThrottleMode } from './faults'
import { generateMailchimpFixture, type FixtureSize, type MailchimpFixture } from './fixture'
import { startHttpServer } from './http-server'
import { loadFixture } from './load-fixture'
import { Router } from './router'
import { registerAccountRoutes } from './routes/account'
import { registerBatchRoutes } from './routes/batches'
import { registerCustomerRoutes } from './routes/customers'
import { registerListRoutes } from './routes/lists'
import { registerMemberRoutes } from './routes/members'
import { registerOrderRoutes } from './routes/orders'
import { registerProductRoutes } from './routes/products'
import { registerStoreRoutes } from './routes/stores'
import { createEmptyState, type AutomationEvent, type SimulatorState } from './state'

export type { CapturedRequest } from './dispatcher'
export type { AutomationEvent } from './state'
export type { FaultSpec, FaultInjector, ThrottleMode } from './faults'
export {
  generateMailchimpFixture,
  fixtureListId,
  fixtureStoreId,
  type MailchimpFixture
} from './fixture'
export { subscriberHash } from './email-rules'

export interface MailchimpSimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  dataCenter?: string
  apiKey?: string
  fixture?: MailchimpFixture | FixtureSize
  latencyMs?: number
  /** Simultaneous requests before the next gets 429 (the API: 10). */
  maxInFlight?: number
  /** How long a batch response_body_url stays valid (the API: 10 minutes). */
  batchResultTtlMs?: number
  /** Every request the simulator handled, with its parsed body (tests validate them). */
  onRequest?: (request: CapturedRequest) => void
}

export interface MailchimpSimulator {
  /** e.g. http://127.0.0.1:41234/3.0 */
  baseUrl: string
  apiKey: string
  dataCenter: string
  listId: string
  state: SimulatorState
  faults: FaultInjector
  /** Requests per "METHOD /template", including operations run inside batches. */
  requestCounts(): Record<string, number>
  /** State-changing requests (POST/PUT/PATCH/DELETE) per "METHOD /template", refused ones included. */
  writeCounts(): Record<string, number>
  /** Automations order writes started or would have started (see /__admin/automations). */
  automationEvents(): AutomationEvent[]
  /** Requests turned away by the in-flight cap. */
  throttledCount(): number
  /** Requests being answered now (the bench samples how fully the connections are used). */
  inFlight(): number
  resetCounts(): void
  /**
   * Stops listening (open connections are destroyed, new ones refused), waits `downMs`, then
   * listens again on the same port with the same state: a server restart, as a chaos test needs.
   */
  restart(downMs?: number): Promise<void>
  close(): Promise<void>
}

function isFixture(value: MailchimpFixture | FixtureSize): value is MailchimpFixture {
  return 'list' in value
}

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

export async function startMailchimpSimulator(
  options: MailchimpSimulatorOptions = {}
): Promise<MailchimpSimulator> {
  const dataCenter = options.dataCenter ?? 'us21'
  const apiKey = options.apiKey ?? `${randomBytes(16).toString('hex')}-${dataCenter}`
  let origin = ''
  let closed = false
  const sim: SimulatorContext = {
    state: createEmptyState(),
    dataCenter,
    fakeEmailDomains: defaultFakeEmailDomains,
    origin: () => origin,
    now: () => Date.now()
  }
  const fixture = options.fixture
    ? isFixture(options.fixture)
      ? options.fixture
      : generateMailchimpFixture(options.fixture)
    : generateMailchimpFixture({ members: 0 })
  loadFixture(sim, fixture)

  const faults = new FaultInjector()
  faults.latencyMs = options.latencyMs ?? 0
  const requests = new Map<string, number>()
  const writes = new Map<string, number>()
  let throttled = 0
  const observe = (captured: CapturedRequest): void => {
    const key = `${captured.method} ${captured.template ?? '(no route)'}`
    tally(requests, key)
    if (captured.method !== 'GET') tally(writes, key)
    options.onRequest?.(captured)
  }

  const router = new Router()
  registerAccountRoutes(router)
  registerListRoutes(router)
  registerMemberRoutes(router)
  registerStoreRoutes(router)
  registerCustomerRoutes(router)
  registerProductRoutes(router)
  registerOrderRoutes(router)
  registerBatchRoutes(router, {
    resultUrlTtlMs: options.batchResultTtlMs ?? 600_000,
    chunkSize: 50,
    isClosed: () => closed,
    resultsToDrop: () => faults.takeBatchResultsToDrop(),
    runOperation: async (operation) => {
      const [path, search = ''] = operation.path.split('?', 2)
      const fault = faults.takeBatchOperationFault(path)
      if (fault) {
        const title = problemTitles[fault.status] ?? 'Error'
        return {
          status: fault.status,
          body: new ApiProblem(fault.status, title, 'Injected fault.').toBody()
        }
      }
      const query = new URLSearchParams(search)
      for (const [key, value] of Object.entries(operation.params ?? {}))
        query.set(key, String(value))
      const result = await dispatch(
        router,
        sim,
        { method: operation.method, path, query, rawBody: operation.body ?? '', source: 'batch' },
        observe
      )
      return { status: result.status, body: result.body }
    }
  })

  const handleSideRoute = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    rawBody: string
  ): Promise<boolean> => {
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const resultMatch = /^\/__batch-results\/([0-9a-f]+)\.tar\.gz$/.exec(url.pathname)
    if (resultMatch && request.method === 'GET') {
      const batch = sim.state.batches.get(resultMatch[1])
      const expires = Number(url.searchParams.get('expires'))
      // Like the signed storage URL the API hands out: valid for a while, then refused.
      if (!batch?.archive || !(expires > sim.now())) {
        response.writeHead(403, { 'content-type': 'application/xml' })
        response.end(
          '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'
        )
        return true
      }
      response.writeHead(200, {
        'content-type': 'application/x-gzip',
        'content-length': batch.archive.length
      })
      response.end(batch.archive)
      return true
    }
    if (!url.pathname.startsWith('/__admin/')) return false
    const action = `${request.method} ${url.pathname.slice('/__admin'.length)}`
    try {
      switch (action) {
        case 'GET /counts':
          send(200, {
            requests: Object.fromEntries(requests),
            writes: Object.fromEntries(writes),
            throttled
          })
          return true
        case 'POST /reset-counts':
          simulator.resetCounts()
          send(200, { ok: true })
          return true
        case 'POST /faults': {
          const body = JSON.parse(rawBody || '{}') as Partial<FaultSpec> & {
            latencyMs?: number
            throttleMode?: ThrottleMode
            batchResultsToDrop?: number
          }
          if (body.latencyMs !== undefined) faults.latencyMs = body.latencyMs
          if (body.throttleMode !== undefined) faults.throttleMode = body.throttleMode
          if (body.batchResultsToDrop !== undefined)
            faults.batchResultsToDrop = body.batchResultsToDrop
          if (body.kind !== undefined) faults.inject(body as FaultSpec)
          send(200, {
            pending: faults.pending(),
            latencyMs: faults.latencyMs,
            throttleMode: faults.throttleMode
          })
          return true
        }
        // The automations order writes started or, while the store had is_syncing set, would
        // have started (suppressed): what a back-fill test checks. Simulator-only.
        case 'GET /automations':
          send(200, { automations: sim.state.automationEvents })
          return true
        case 'DELETE /automations':
          sim.state.automationEvents.length = 0
          send(200, { automations: [] })
          return true
        case 'DELETE /faults':
          faults.clear()
          send(200, { pending: 0 })
          return true
        default:
          send(404, { error: `Unknown admin action ${action}` })
          return true
      }
    } catch (error) {
      send(400, { error: String(error) })
      return true
    }
  }

  const serverOptions = {
    router,
    sim,
    faults,
    apiKey,
    maxInFlight: options.maxInFlight ?? 10,
    observe,
    onThrottled: () => throttled++,
    handleSideRoute
  }
  let http = await startHttpServer(serverOptions, options.port ?? 0)
  origin = `http://127.0.0.1:${http.port}`

  const simulator: MailchimpSimulator = {
    baseUrl: `${origin}/3.0`,
    apiKey,
    dataCenter,
    listId: fixture.list.id,
    state: sim.state,
    faults,
    requestCounts: () => Object.fromEntries(requests),
    writeCounts: () => Object.fromEntries(writes),
    automationEvents: () => [...sim.state.automationEvents],
    throttledCount: () => throttled,
    inFlight: () => http.inFlight(),
    resetCounts: () => {
      requests.clear()
      writes.clear()
      throttled = 0
    },
    restart: async (downMs = 0) => {
      await http.close()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      http = await startHttpServer(serverOptions, http.port)
    },
    close: async () => {
      closed = true
      await http.close()
    }
  }
  return simulator
}
