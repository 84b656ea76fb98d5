import { randomBytes } from 'node:crypto'
import { apiTimestamp, type SimulatorContext } from '../context'
import { arr, freeObject, obj, str, validateBody } from '../body-schema'
import { buildBatchArchive } from '../batch-archive'
import { selfLinks } from '../links'
import { notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import type { BatchOperation, BatchRecord } from '../state'

/** postBatches_request: `body` is a JSON *string*, not an object. */
const batchSchema = obj(
  {
    operations: arr(
      obj(
        {
          method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
          path: str,
          params: freeObject,
          body: str,
          operation_id: str
        },
        ['method', 'path']
      )
    )
  },
  ['operations']
)

/** Runs one batch operation as if it had been a request, outside the in-flight cap. */
export type BatchOperationRunner = (
  operation: BatchOperation
) => Promise<{ status: number; body: unknown }>

export interface BatchRuntime {
  runOperation: BatchOperationRunner
  /** How long a response_body_url stays valid (the API: 10 minutes). */
  resultUrlTtlMs: number
  /** Operations processed per event-loop turn, so status polls see `started` with progress. */
  chunkSize: number
  isClosed(): boolean
  /** Results to leave out of the next archive (fault injection). */
  resultsToDrop(): number
}

function renderBatch(
  sim: SimulatorContext,
  runtime: BatchRuntime,
  batch: BatchRecord
): Record<string, unknown> {
  const url =
    batch.status === 'finished'
      ? `${sim.origin()}/__batch-results/${batch.id}.tar.gz?expires=${sim.now() + runtime.resultUrlTtlMs}`
      : ''
  return {
    id: batch.id,
    status: batch.status,
    total_operations: batch.total_operations,
    finished_operations: batch.finished_operations,
    errored_operations: batch.errored_operations,
    submitted_at: batch.submitted_at,
    completed_at: batch.completed_at,
    response_body_url: url,
    _links: selfLinks(sim, `/batches/${batch.id}`)
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

async function processBatch(
  sim: SimulatorContext,
  runtime: BatchRuntime,
  batch: BatchRecord
): Promise<void> {
  await nextTurn()
  batch.status = 'started'
  for (let index = 0; index < batch.operations.length; index++) {
    if (runtime.isClosed() || !sim.state.batches.has(batch.id)) return
    const operation = batch.operations[index]
    const { status, body } = await runtime.runOperation(operation)
    batch.results.push({
      status_code: status,
      operation_id: operation.operation_id ?? null,
      response: body === undefined ? '' : JSON.stringify(body)
    })
    batch.finished_operations++
    if (status < 200 || status > 299) batch.errored_operations++
    if ((index + 1) % runtime.chunkSize === 0) await nextTurn()
  }
  batch.status = 'finalizing'
  const drop = runtime.resultsToDrop()
  batch.archive = await buildBatchArchive(
    batch.id,
    drop > 0 ? batch.results.slice(0, -drop) : batch.results
  )
  batch.completed_at = apiTimestamp(sim.now())
  batch.status = 'finished'
}

export function registerBatchRoutes(router: Router, runtime: BatchRuntime): void {
  router.add('POST', '/batches', ({ sim, body }) => {
    validateBody(batchSchema, body)
    const operations = (body as { operations: BatchOperation[] }).operations
    const batch: BatchRecord = {
      id: randomBytes(5).toString('hex'),
      status: 'pending',
      total_operations: operations.length,
      finished_operations: 0,
      errored_operations: 0,
      submitted_at: apiTimestamp(sim.now()),
      completed_at: '',
      operations,
      results: []
    }
    sim.state.batches.set(batch.id, batch)
    void processBatch(sim, runtime, batch)
    return { body: renderBatch(sim, runtime, batch) }
  })
  router.add('GET', '/batches', ({ sim, query }) => {
    const batches = [...sim.state.batches.values()]
    return {
      body: collection('batches', batches, query, (batch) => renderBatch(sim, runtime, batch))
    }
  })
  router.add('GET', '/batches/{batch_id}', ({ sim, params }) => {
    const batch = sim.state.batches.get(params.batch_id)
    if (!batch) throw notFound()
    return { body: renderBatch(sim, runtime, batch) }
  })
  router.add('DELETE', '/batches/{batch_id}', ({ sim, params }) => {
    if (!sim.state.batches.delete(params.batch_id)) throw notFound()
    return {}
  })
}
