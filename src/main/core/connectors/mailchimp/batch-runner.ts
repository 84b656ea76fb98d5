import { z } from 'zod'
import type { Clock } from '../../clock'
import { ConnectorError } from '../connector-error'
import { readBatchArchive } from './batch-archive'
import { classifyHttpFailure } from './classify-error'
import { exchange, ExchangeFailure } from './http-exchange'
import type { HttpMethod, MailchimpTransport } from './transport'
import { Batch, type BatchResultEntry } from './types'

export interface BatchOperationInput {
  /** Your record key; every operation's result is reported under it. Must be unique in the batch. */
  operation_id: string
  method: HttpMethod
  /** Relative to /3.0, e.g. /ecommerce/stores/s1/products/p1/variants/v1 */
  path: string
  /** Sent as the JSON string the API requires. */
  body?: unknown
  params?: Record<string, string | number>
}

export type BatchOperationResult =
  | { operationId: string; outcome: 'ok'; statusCode: number; response: unknown }
  | {
      operationId: string
      outcome: 'failed'
      statusCode: number
      response: unknown
      error: ConnectorError
    }
  /** The archive had no result for this operation: it must be treated as not done. */
  | { operationId: string; outcome: 'missing'; error: ConnectorError }

export interface BatchRun {
  batch: Batch
  /** One result per submitted operation, in submission order. */
  results: BatchOperationResult[]
  counts: { ok: number; failed: number; missing: number }
}

export interface BatchWaitOptions {
  pollIntervalMs?: number
  /** Polls before giving up with a transient error naming the batch id (resume with waitForBatch). */
  maxPolls?: number
  /** Called on every poll, e.g. to show progress. */
  onProgress?: (batch: Batch) => void
  /**
   * Every operation is safe to repeat (upserts, PATCHes, creates Mailchimp refuses a second time),
   * so a submit whose answer was lost (a reset connection) may be sent again.
   */
  repeatable?: boolean
}

/**
 * A failed operation inside a batch is classified exactly like the same answer to a direct call
 * (one classification for both paths): the status decides, an empty 403 is throttling, a 403
 * with a problem document is a refusal of the credentials.
 */
function failureFor(operationId: string, entry: BatchResultEntry, now: number): ConnectorError {
  return classifyHttpFailure(
    `batch operation ${operationId}`,
    {
      status: entry.status_code,
      contentType: 'application/json',
      body: entry.response,
      retryAfterHeader: undefined
    },
    now
  )
}

function parseResponse(entry: BatchResultEntry): unknown {
  if (entry.response === '') return undefined
  try {
    return JSON.parse(entry.response) as unknown
  } catch {
    return entry.response
  }
}

/**
 * A results archive is held in memory to be read: far above what a batch of a page of records
 * gives (a few MB), so only a broken or hostile download is refused.
 */
const maxArchiveBytes = 256 * 1024 * 1024

/**
 * Batch operations: submit, poll until finished, download the .tar.gz of results and map each
 * result back to its operation_id. An operation without a result is reported as 'missing',
 * never dropped; `finished` with errored operations is not success, each failure is classified.
 */
/** Batches per page of the account's list (the API's largest `count`). */
const batchListPage = 1000

const BatchList = z.object({ batches: z.array(Batch), total_items: z.number().int() })

export class BatchRunner {
  constructor(
    private readonly transport: MailchimpTransport,
    private readonly clock: Clock,
    private readonly downloadTimeoutMs: number
  ) {}

  async submit(operations: BatchOperationInput[], repeatable = false): Promise<Batch> {
    const ids = new Set<string>()
    for (const operation of operations) {
      if (!operation.operation_id || ids.has(operation.operation_id))
        throw new ConnectorError(
          'validation',
          'mailchimp',
          `Every batch operation needs its own operation_id; "${operation.operation_id}" is empty or used twice.`
        )
      ids.add(operation.operation_id)
    }
    if (operations.length === 0)
      throw new ConnectorError('validation', 'mailchimp', 'A batch needs at least one operation.')
    return this.transport.request({
      method: 'POST',
      template: '/batches',
      idempotent: repeatable,
      body: {
        operations: operations.map((operation) => ({
          method: operation.method,
          path: operation.path,
          operation_id: operation.operation_id,
          ...(operation.params ? { params: operation.params } : {}),
          ...(operation.body !== undefined ? { body: JSON.stringify(operation.body) } : {})
        }))
      },
      schema: Batch
    })
  }

  get(batchId: string): Promise<Batch> {
    return this.transport.request({
      method: 'GET',
      template: '/batches/{batch_id}',
      params: { batch_id: batchId },
      schema: Batch
    })
  }

  /** The account's batches Mailchimp is still working on (of any client, a dead process's too). */
  async unfinished(): Promise<Batch[]> {
    const found: Batch[] = []
    for (let offset = 0; ; offset += batchListPage) {
      const page = await this.transport.request({
        method: 'GET',
        template: '/batches',
        query: { count: batchListPage, offset },
        schema: BatchList
      })
      found.push(...page.batches.filter((batch) => batch.status !== 'finished'))
      if (page.batches.length < batchListPage || offset + batchListPage >= page.total_items)
        return found
    }
  }

  async waitForBatch(batchId: string, options: BatchWaitOptions = {}): Promise<Batch> {
    const maxPolls = options.maxPolls ?? 900
    for (let poll = 0; poll < maxPolls; poll++) {
      const batch = await this.get(batchId)
      options.onProgress?.(batch)
      if (batch.status === 'finished') return batch
      // A small batch is often done within a second: the first checks come sooner (0.25 s,
      // doubling) so that a page's batch does not wait 2 s for nothing; then every interval.
      const interval = options.pollIntervalMs ?? 2000
      await this.clock.sleep(Math.min(interval, 250 * 2 ** poll))
    }
    throw new ConnectorError(
      'transient',
      'mailchimp',
      `Mailchimp batch ${batchId} was not finished after ${maxPolls} status checks; check again later.`,
      { operation: 'GET /batches/{batch_id}', code: batchId }
    )
  }

  /** The result entries of a finished batch; asks for a fresh URL once if the first has expired. */
  async downloadResults(batch: Batch): Promise<BatchResultEntry[]> {
    let current = batch
    for (let attempt = 1; ; attempt++) {
      const url = current.response_body_url
      if (!url)
        throw new ConnectorError(
          'invalid-response',
          'mailchimp',
          `Batch ${batch.id} is finished but has no response_body_url.`
        )
      // A signed storage URL: no Authorization header, so the API key never leaves for another host.
      const response = await exchange(new URL(url), {
        method: 'GET',
        headers: {},
        timeoutMs: this.downloadTimeoutMs,
        maxResponseBytes: maxArchiveBytes
      }).catch((error: unknown) => {
        throw new ConnectorError(
          'transient',
          'mailchimp',
          `Downloading the results of batch ${batch.id} failed: ${error instanceof ExchangeFailure ? error.code : String(error)}.`
        )
      })
      if (response.status === 200) return readBatchArchive(response.body)
      if ((response.status === 403 || response.status === 404) && attempt === 1) {
        current = await this.get(batch.id)
        continue
      }
      throw new ConnectorError(
        response.status >= 500 ? 'transient' : 'permanent',
        'mailchimp',
        `Downloading the results of batch ${batch.id} failed with HTTP ${response.status} (the link may have expired).`,
        { httpStatus: response.status }
      )
    }
  }

  async run(operations: BatchOperationInput[], options: BatchWaitOptions = {}): Promise<BatchRun> {
    const submitted = await this.submit(operations, options.repeatable)
    const batch = await this.waitForBatch(submitted.id, options)
    const entries = await this.downloadResults(batch)
    const byId = new Map<string, BatchResultEntry>()
    for (const entry of entries)
      if (entry.operation_id !== null) byId.set(entry.operation_id, entry)
    const counts = { ok: 0, failed: 0, missing: 0 }
    const results = operations.map((operation): BatchOperationResult => {
      const operationId = operation.operation_id
      const entry = byId.get(operationId)
      if (!entry) {
        counts.missing++
        return {
          operationId,
          outcome: 'missing',
          error: new ConnectorError(
            'transient',
            'mailchimp',
            `Batch ${batch.id} returned no result for operation ${operationId}.`,
            {
              operation: `batch ${operationId}`
            }
          )
        }
      }
      const response = parseResponse(entry)
      if (entry.status_code >= 200 && entry.status_code <= 299) {
        counts.ok++
        return { operationId, outcome: 'ok', statusCode: entry.status_code, response }
      }
      counts.failed++
      return {
        operationId,
        outcome: 'failed',
        statusCode: entry.status_code,
        response,
        error: failureFor(operationId, entry, this.clock.now())
      }
    })
    return { batch, results, counts }
  }
}
