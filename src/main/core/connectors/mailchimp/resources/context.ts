import type { ZodType } from 'zod'
import type { Clock } from '../../../clock'
import { ConnectorError } from '../../connector-error'
import type { BatchOperationInput } from '../batch-runner'
import { checkFiniteNumber } from '../input-checks'
import { offsetPages, type Page } from '../paging'
import { fillPath, type QueryValue, type RequestSpec } from '../transport'

/** What every resource of the client is built on: the account's one transport and clock. */
export interface ResourceContext {
  request: <T>(spec: RequestSpec<T>) => Promise<T>
  clock: Clock
}

export interface ListPageOptions {
  pageSize?: number
}

/** The path templates as the reference writes them; they name the operation in errors and logs. */
export const storeTemplate = '/ecommerce/stores/{store_id}'

/** 404 "Resource Not Found" as null, for the get-then-decide calls of the sync. */
export async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call
  } catch (error) {
    if (error instanceof ConnectorError && error.details.httpStatus === 404) return null
    throw error
  }
}

/** A GET that is null when the resource does not exist. */
export const getOrNull = <T>(
  context: ResourceContext,
  template: string,
  params: Record<string, string>,
  schema: ZodType<T>
): Promise<T | null> => orNull(context.request({ method: 'GET', template, params, schema }))

/** A `count`/`offset` collection read page by page; `items` picks the page's records. */
export function pagedCollection<P extends { total_items: number }, T>(
  context: ResourceContext,
  spec: {
    template: string
    params?: Record<string, string>
    query?: Record<string, QueryValue>
    schema: ZodType<P>
    items: (page: P) => T[]
  },
  pageSize: number
): AsyncGenerator<Page<T>> {
  return offsetPages(async (offset, count) => {
    const page = await context.request({
      method: 'GET',
      template: spec.template,
      params: spec.params,
      query: { offset, count, ...spec.query },
      schema: spec.schema
    })
    return { items: spec.items(page), totalItems: page.total_items }
  }, pageSize)
}

/** A PATCH of a priced sub-record (a variant, an order line): the price checked before sending. */
export function patchPriced<T>(
  context: ResourceContext,
  template: string,
  params: Record<string, string>,
  changes: { price?: number },
  schema: ZodType<T>
): Promise<T> {
  checkFiniteNumber(changes.price, 'price')
  return context.request({ method: 'PATCH', template, params, body: changes, schema })
}

/** A write as a resource builds it (checked), to send on its own or as one operation of a batch. */
export type WriteSpec = Required<Pick<RequestSpec<unknown>, 'method' | 'template' | 'params'>> &
  Pick<RequestSpec<unknown>, 'body'>

/** The write as one operation of a batch (runBatch), its result reported under `operationId`. */
export function batchOperation(write: WriteSpec, operationId: string): BatchOperationInput {
  return {
    operation_id: operationId,
    method: write.method,
    path: fillPath(write.template, write.params),
    body: write.body
  }
}
