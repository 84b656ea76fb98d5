import { ApiProblem } from './problem'

/**
 * The live API answers a request carrying `X-Trigger-Error: <ErrorName>` with that error
 * (reference §1.7), so integrations can test their handling; the simulator does the same for
 * the errors Kassabrug meets.
 */
const triggerable: Record<string, [number, string, string]> = {
  APIKeyMissing: [401, 'API Key Missing', 'Your request did not include an API key.'],
  APIKeyInvalid: [
    401,
    'API Key Invalid',
    "Your API key may be invalid, or you've attempted to access the wrong datacenter."
  ],
  Forbidden: [403, 'Forbidden', 'You do not have permission to access this resource.'],
  UserDisabled: [403, 'User Disabled', 'This account has been disabled.'],
  WrongDatacenter: [
    403,
    'Wrong Datacenter',
    'The API key provided is linked to a different datacenter.'
  ],
  ResourceNotFound: [404, 'Resource Not Found', 'The requested resource could not be found.'],
  BadRequest: [400, 'Bad Request', 'Your request could not be processed.'],
  InvalidResource: [400, 'Invalid Resource', 'The resource submitted could not be validated.'],
  JSONParseError: [
    400,
    'JSON Parse Exception',
    'We encountered an unspecified JSON parsing error.'
  ],
  MethodNotAllowed: [
    405,
    'Method Not Allowed',
    'The requested method and resource are not compatible.'
  ],
  TooManyRequests: [
    429,
    'Too Many Requests',
    'You have exceeded the limit of 10 simultaneous connections.'
  ],
  InternalServerError: [500, 'Internal Server Error', 'An unexpected internal error has occurred.'],
  ComplianceRelated: [503, 'Compliance Related', 'This method has been disabled.']
}

export function triggeredProblem(header: string | string[] | undefined): ApiProblem | null {
  if (typeof header !== 'string') return null
  const known = triggerable[header.trim()]
  if (!known)
    return new ApiProblem(400, 'Bad Request', `Unknown X-Trigger-Error "${header.trim()}".`)
  return new ApiProblem(known[0], known[1], known[2])
}
