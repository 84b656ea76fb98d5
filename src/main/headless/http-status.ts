import type { ErrorCode } from '../../shared/contract'

/** How a core error code reads as an HTTP status; the JSON body carries the full envelope either way. */
export const httpStatusForError: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'keychain-unavailable': 409,
  'not-configured': 409,
  'connection-failed': 502,
  conflict: 409,
  'flows-exclusive': 409,
  internal: 500,
  'database-damaged': 503,
  unauthorized: 401,
  forbidden: 403
}
