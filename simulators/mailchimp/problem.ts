import { randomUUID } from 'node:crypto'

/** Where Mailchimp's problem documents point their `type`. */
const errorDocsUrl = 'https://mailchimp.com/developer/marketing/docs/errors/'

export interface FieldError {
  field: string
  message: string
}

/**
 * A failure a route wants answered as RFC 7807 problem+json, the way the Marketing API answers
 * every error: `type`, `title`, `status`, `detail`, `instance`, plus `errors[]` on invalid resources.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {}
  ) {
    super(`${status} ${title}: ${detail}`)
  }

  toBody(): Record<string, unknown> {
    return {
      type: errorDocsUrl,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance: randomUUID(),
      ...(this.errors ? { errors: this.errors } : {})
    }
  }
}

/** The titles Mailchimp's problem documents carry for the statuses the simulator injects. */
export const problemTitles: Record<number, string> = {
  400: 'Invalid Resource',
  404: 'Resource Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable'
}

export const notFound = (): ApiProblem =>
  new ApiProblem(404, 'Resource Not Found', 'The requested resource could not be found.')

export const invalidResource = (errors: FieldError[], detail?: string): ApiProblem =>
  new ApiProblem(
    400,
    'Invalid Resource',
    detail ??
      "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
    errors
  )

export const badRequest = (detail: string): ApiProblem => new ApiProblem(400, 'Bad Request', detail)

export const methodNotAllowed = (allowed: string[]): ApiProblem =>
  new ApiProblem(
    405,
    'Method Not Allowed',
    "The requested method and resource are not compatible. See the Allow header for this resource's available methods.",
    undefined,
    { allow: allowed.join(', ') }
  )
