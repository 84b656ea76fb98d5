import type { SimulatorContext } from './context'
import { ApiProblem, methodNotAllowed, notFound } from './problem'
import { applyFieldSelection } from './projection'
import type { Router } from './router'

export interface ApiRequest {
  method: string
  /** Path relative to /3.0, without the query string. */
  path: string
  query: URLSearchParams
  /** Raw body text; parsed here so HTTP and batch operations share one JSON rule. */
  rawBody: string
  /** 'http' for requests over the wire, 'batch' for operations run inside a batch. */
  source: 'http' | 'batch'
}

export interface ApiResponse {
  status: number
  /** The matched template, e.g. /lists/{list_id}/members, or null when none matched. */
  template: string | null
  /** undefined → 204 No Content. */
  body: unknown
  headers: Record<string, string>
}

export interface CapturedRequest {
  method: string
  path: string
  template: string | null
  query: Record<string, string>
  /** The parsed JSON body, or undefined when there was none (or it was not JSON). */
  body: unknown
  source: 'http' | 'batch'
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH'])

/**
 * Runs one API request against the routes and turns every outcome into a status and a body:
 * problems become problem documents, anything unexpected a 500 (never a crashed server).
 */
export async function dispatch(
  router: Router,
  sim: SimulatorContext,
  request: ApiRequest,
  observe: (captured: CapturedRequest, response: ApiResponse) => void
): Promise<ApiResponse> {
  const match = router.match(request.method, request.path)
  const template = match.kind === 'none' ? null : match.template
  let parsedBody: unknown
  const respond = (response: Omit<ApiResponse, 'template'>): ApiResponse => {
    const full = { ...response, template }
    observe(
      {
        method: request.method,
        path: request.path,
        template,
        query: Object.fromEntries(request.query),
        body: parsedBody,
        source: request.source
      },
      full
    )
    return full
  }
  try {
    if (bodyMethods.has(request.method) && request.rawBody.trim() !== '') {
      try {
        parsedBody = JSON.parse(request.rawBody)
      } catch {
        throw new ApiProblem(
          400,
          'JSON Parse Exception',
          'We encountered an unspecified JSON parsing error.'
        )
      }
    }
    if (match.kind === 'none') throw notFound()
    if (match.kind === 'wrong-method') throw methodNotAllowed(match.allowed)
    const result = await match.handle({
      params: match.params,
      query: request.query,
      body: parsedBody,
      sim
    })
    if (result.body === undefined) return respond({ status: 204, body: undefined, headers: {} })
    return respond({
      status: 200,
      body: applyFieldSelection(result.body, request.query),
      headers: {}
    })
  } catch (error) {
    const problem =
      error instanceof ApiProblem
        ? error
        : new ApiProblem(
            500,
            'Internal Server Error',
            `An unexpected internal error has occurred: ${String(error)}`
          )
    return respond({ status: problem.status, body: problem.toBody(), headers: problem.headers })
  }
}
