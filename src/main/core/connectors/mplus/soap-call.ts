import type { z } from 'zod'
import type { Clock } from '../../clock'
import type { Logger } from '../../logger'
import { ConnectorError } from '../connector-error'
import { redactSecrets } from '../redact'
import { withRetry, type RetryPolicy } from '../retry'
import { eventLoopTurn } from '../../event-loop-turn'
import { listAnswers } from './response-schemas'
import type { MplusOperation } from './request-shapes'
import { operationShapes } from './request-shapes'
import {
  buildRequestEnvelope,
  parseResponseEnvelope,
  RequestShapeError,
  ResponseStructureError,
  type WireObject
} from './soap-xml'
import { postSoap, type OutageRider, type TransportConfig } from './transport'

/**
 * One MplusQapi call end to end: build → POST (with retry) → parse → validate, turning every
 * failure into a ConnectorError of the right kind.
 */

/** Response element names that are not PascalCase(operation)+"Response" (reference Appendix B). */
const irregularResponseElements: Partial<Record<MplusOperation, string>> = {
  getApiVersion: 'getApiVersionResponse',
  getBranches: 'getBranchesResponse',
  getVatGroupList: 'getVatGroupListResponse',
  findOrder: 'GetOrderResponse'
}

export function responseElementOf(operation: MplusOperation): string {
  return (
    irregularResponseElements[operation] ??
    `${operation[0].toUpperCase()}${operation.slice(1)}Response`
  )
}

export interface SoapCallContext {
  transport: TransportConfig
  requestTimeoutMs: (operation: MplusOperation) => number
  /** Shared by the client's calls: waits out a till that is briefly unreachable. */
  outage: OutageRider
  retry: RetryPolicy
  clock: Clock
  logger: Logger
}

export function classifyFault(faultcode: string): ConnectorError['kind'] {
  const local = faultcode.includes(':') ? faultcode.slice(faultcode.indexOf(':') + 1) : faultcode
  // The real fault code for bad credentials is UNCONFIRMED; 'Client.Authentication' is the guess the
  // reference makes from the official client's comments. Anything mentioning authentication counts.
  if (/auth/i.test(local)) return 'auth'
  if (/^Server/i.test(local)) return 'transient'
  return 'permanent'
}

function httpStatusKind(status: number): ConnectorError['kind'] {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'throttle'
  if (status >= 500) return 'transient'
  return 'permanent'
}

function zodPath(
  element: string,
  issue: z.core.$ZodIssue,
  slice?: { wrapper: string; child: string; offset: number }
): string {
  const path = [...issue.path]
  if (slice && path[0] === slice.wrapper && path[1] === slice.child && typeof path[2] === 'number')
    path[2] += slice.offset
  return [element, ...path.map(String)].join('/')
}

export async function soapCall<T>(
  context: SoapCallContext,
  operation: MplusOperation,
  body: WireObject,
  schema: z.ZodType<T>,
  /** Reads and idempotent writes: repeated freely; a create only when it certainly did nothing. */
  request: { idempotent: boolean }
): Promise<T> {
  const secrets = [context.transport.ident, context.transport.secret]
  let envelope: string
  try {
    envelope = buildRequestEnvelope(operation, body, operationShapes[operation])
  } catch (error) {
    if (error instanceof RequestShapeError) {
      throw new ConnectorError(
        'validation',
        'mplus',
        redactSecrets(`Cannot send ${operation}: ${error.message}`, secrets),
        { operation }
      )
    }
    throw error
  }

  const attempt = async (): Promise<T> => {
    const startedAt = context.clock.now()
    const { status, body: responseBody } = await context.outage.post(() =>
      postSoap(context.transport, operation, envelope, context.requestTimeoutMs(operation))
    )
    context.logger.debug({ operation, status, ms: context.clock.now() - startedAt }, 'mplus call')
    try {
      return await interpret(operation, status, responseBody, schema, secrets)
    } catch (error) {
      // Mplus answered: a fault or a non-OK answer reports that the work was not done; an
      // answer that cannot be read says nothing, so the work may have been done.
      throw error instanceof ConnectorError ? answered(error) : error
    }
  }

  return withRetry(
    attempt,
    context.retry,
    {
      clock: context.clock,
      onRetry: (error, attemptNumber, delayMs) =>
        context.logger.warn(
          {
            operation,
            kind: error.kind,
            code: error.details.code,
            attempt: attemptNumber,
            delayMs
          },
          'mplus call retried'
        )
    },
    request
  )
}

function answered(error: ConnectorError): ConnectorError {
  if (error.details.mayHaveLanded !== undefined) return error
  return new ConnectorError(
    error.kind,
    error.connector,
    error.message,
    { ...error.details, mayHaveLanded: error.kind === 'invalid-response' },
    { cause: error.cause }
  )
}

/**
 * An answer this big (a page of products, relations or stock) is read and checked in slices, with
 * a turn of the event loop between them: the answers and requests of the records in flight go on
 * meanwhile. 1 000 articles are about 1.2 MB of XML, read in about 20 slices of 25 products each.
 */
const slicedFrom = 256 * 1024
const slices = {
  sliceChars: 64 * 1024,
  itemsPerSlice: 25,
  turn: eventLoopTurn
}

async function interpret<T>(
  operation: MplusOperation,
  status: number,
  body: string,
  schema: z.ZodType<T>,
  secrets: string[]
): Promise<T> {
  const expected = responseElementOf(operation)
  const sliced = body.length >= slicedFrom ? slices : undefined
  let parsed: Awaited<ReturnType<typeof parseResponseEnvelope>>
  try {
    parsed = await parseResponseEnvelope(body, sliced)
  } catch (error) {
    if (!(error instanceof ResponseStructureError)) throw error
    if (status !== 200) {
      throw new ConnectorError(
        httpStatusKind(status),
        'mplus',
        `MplusKASSA answered ${operation} with HTTP ${status} and no SOAP fault`,
        {
          operation,
          httpStatus: status
        }
      )
    }
    throw new ConnectorError(
      'invalid-response',
      'mplus',
      `Invalid answer to ${operation}: ${error.message}`,
      { operation, httpStatus: status, code: 'MALFORMED_XML' }
    )
  }
  if (parsed.kind === 'fault') {
    const kind = classifyFault(parsed.faultcode)
    const message =
      kind === 'auth'
        ? `MplusKASSA refused the credentials (ident/secret) for ${operation}: ${parsed.faultstring}`
        : `MplusKASSA ${kind === 'transient' ? 'had a server error' : 'refused the request'} for ${operation}: ${parsed.faultstring}`
    throw new ConnectorError(kind, 'mplus', redactSecrets(message, secrets), {
      operation,
      httpStatus: status,
      code: parsed.faultcode
    })
  }
  if (status !== 200) {
    throw new ConnectorError(
      httpStatusKind(status),
      'mplus',
      `MplusKASSA answered ${operation} with HTTP ${status}`,
      { operation, httpStatus: status }
    )
  }
  if (parsed.element !== expected) {
    throw new ConnectorError(
      'invalid-response',
      'mplus',
      `Invalid answer to ${operation}: expected <${expected}>, got <${parsed.element}>`,
      {
        operation,
        code: 'UNEXPECTED_ELEMENT'
      }
    )
  }
  const items = sliced && listItems(parsed.content, schema)
  return items
    ? ((await validateInSlices(operation, expected, items, schema)) as T)
    : validate(operation, expected, parsed.content, schema)
}

/** A list answer's items, when there are more than a slice of them. */
function listItems(
  content: unknown,
  schema: z.ZodType
): { wrapper: string; child: string; items: unknown[] } | undefined {
  const list = listAnswers.get(schema)
  if (!list || typeof content !== 'object' || content === null) return undefined
  const wrapper = (content as Record<string, unknown>)[list.wrapper]
  if (typeof wrapper !== 'object' || wrapper === null) return undefined
  const items = (wrapper as Record<string, unknown>)[list.child]
  return Array.isArray(items) && items.length > slices.itemsPerSlice
    ? { ...list, items }
    : undefined
}

/**
 * A list answer checked by its own schema a slice of items at a time, with a turn of the event
 * loop between slices; an error names the item by its place in the whole list.
 */
async function validateInSlices(
  operation: MplusOperation,
  element: string,
  list: { wrapper: string; child: string; items: unknown[] },
  schema: z.ZodType
): Promise<unknown[]> {
  const { wrapper, child, items } = list
  const checked: unknown[] = []
  for (let offset = 0; offset < items.length; offset += slices.itemsPerSlice) {
    if (offset > 0) await slices.turn()
    const slice = { [wrapper]: { [child]: items.slice(offset, offset + slices.itemsPerSlice) } }
    const at = { wrapper, child, offset }
    checked.push(...(validate(operation, element, slice, schema, at) as unknown[]))
  }
  return checked
}

/** An answer's element (or an element inside it the envelope schema left open) read by its schema. */
function validate<T>(
  operation: MplusOperation,
  element: string,
  content: unknown,
  schema: z.ZodType<T>,
  /** A slice of a list's items (validateInSlices): where in the whole list it starts. */
  slice?: { wrapper: string; child: string; offset: number }
): T {
  const result = schema.safeParse(content === '' ? {} : content)
  if (result.success) return result.data
  const path = (issue: z.core.$ZodIssue) => zodPath(element, issue, slice)
  const issue = result.error.issues[0]
  throw new ConnectorError(
    'invalid-response',
    'mplus',
    `Invalid answer to ${operation}: element ${path(issue)}: ${issue.message}`,
    {
      operation,
      code: 'SCHEMA_MISMATCH',
      fieldErrors: result.error.issues
        .slice(0, 10)
        .map((i) => ({ field: path(i), message: i.message }))
    }
  )
}

/** Throws a `business` ConnectorError when a result enum is not the OK value. */
export function requireOk(
  operation: string,
  result: string,
  ok: string,
  errorMessage?: string
): void {
  if (result === ok) return
  throw new ConnectorError(
    'business',
    'mplus',
    `${operation} failed: ${result}${errorMessage ? ` — ${errorMessage}` : ''}`,
    { operation, code: result }
  )
}

export interface MplusCalls {
  /** A read (or an idempotent write): retried on any transient failure. */
  call<T>(operation: MplusOperation, body: WireObject, schema: z.ZodType<T>): Promise<T>
  /**
   * A call whose answer carries a result code: any result but `ok` is refused, as a business
   * ConnectorError with the code and the answer's errorMessage. `how` says when it is retried:
   * 'call' (a read or idempotent create) and 'update' (sets the fields of a record by its number)
   * on any transient failure, 'write' (a create) only when the request certainly did nothing.
   */
  confirmed<T extends { result: string; errorMessage?: string }>(
    how: 'call' | 'write' | 'update',
    operation: MplusOperation,
    body: WireObject,
    schema: z.ZodType<T>,
    ok: string
  ): Promise<T>
}

const idempotentBy = { call: true, write: false, update: true }

/** The two call shapes every operation group is built from, bound to one client's context. */
export function createMplusCalls(context: SoapCallContext): MplusCalls {
  return {
    call: (operation, body, schema) =>
      soapCall(context, operation, body, schema, { idempotent: true }),
    confirmed: async (how, operation, body, schema, ok) => {
      const response = await soapCall(context, operation, body, schema, {
        idempotent: idempotentBy[how]
      })
      requireOk(operation, response.result, ok, response.errorMessage)
      return response
    }
  }
}
