import type { SimulatorContext } from './context'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RouteRequest {
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  sim: SimulatorContext
}

/** `body` undefined means 204 No Content, as the API answers DELETE and actions. */
export interface RouteResponse {
  body?: unknown
}

export type RouteHandler = (request: RouteRequest) => RouteResponse | Promise<RouteResponse>

interface Route {
  method: HttpMethod
  template: string
  segments: string[]
  handle: RouteHandler
}

export type RouteMatch =
  | { kind: 'found'; template: string; params: Record<string, string>; handle: RouteHandler }
  | { kind: 'wrong-method'; template: string; allowed: HttpMethod[] }
  | { kind: 'none' }

/** Path templates exactly as the reference writes them, e.g. /lists/{list_id}/members. */
export class Router {
  private readonly routes: Route[] = []

  add(method: HttpMethod, template: string, handle: RouteHandler): this {
    this.routes.push({ method, template, segments: template.split('/').filter(Boolean), handle })
    return this
  }

  match(method: string, path: string): RouteMatch {
    const segments = path
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment))
    const allowed: HttpMethod[] = []
    let template = ''
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      if (route.method === method)
        return { kind: 'found', template: route.template, params, handle: route.handle }
      template = route.template
      allowed.push(route.method)
    }
    return allowed.length > 0 ? { kind: 'wrong-method', template, allowed } : { kind: 'none' }
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]
    if (part.startsWith('{')) params[part.slice(1, -1)] = actual[i]
    else if (part !== actual[i]) return null
  }
  return params
}
