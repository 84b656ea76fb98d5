import type { Clock } from '../../../clock'
import {
  BatchRunner,
  type BatchOperationInput,
  type BatchRun,
  type BatchWaitOptions
} from '../batch-runner'
import type { MailchimpTransport } from '../transport'
import type { Batch } from '../types'

/** Batch operations: many calls submitted at once, their results read back from the archive. */
export function batchesResource(transport: MailchimpTransport, clock: Clock, timeoutMs: number) {
  const batches = new BatchRunner(transport, clock, timeoutMs)
  return {
    submitBatch: (operations: BatchOperationInput[]): Promise<Batch> => batches.submit(operations),
    getBatch: (batchId: string): Promise<Batch> => batches.get(batchId),
    waitForBatch: (batchId: string, options?: BatchWaitOptions): Promise<Batch> =>
      batches.waitForBatch(batchId, options),
    /** Submit, wait, download and map every operation's result back by operation_id. */
    runBatch: (operations: BatchOperationInput[], options?: BatchWaitOptions): Promise<BatchRun> =>
      batches.run(operations, options)
  }
}
