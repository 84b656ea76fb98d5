import type { ConnectionTestCode } from '../../../shared/contract'
import type { ConnectorError } from '../connectors/connector-error'

/** TLS failures (untrusted or mismatched certificate, TLS against a plain server) by details.code. */
const certificateCodes = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|PIN_MISMATCH|TLS|SSL/

/** A failed connection test as the code the renderer words: what the shop owner should check. */
export function testFailureCode(failure: ConnectorError): ConnectionTestCode {
  if (failure.details.code && certificateCodes.test(failure.details.code)) return 'certificate'
  switch (failure.kind) {
    case 'auth':
      return 'auth-refused'
    case 'throttle':
      return 'busy'
    case 'transient':
      return 'unreachable'
    case 'invalid-response':
      return 'not-mplus'
    default:
      return 'refused'
  }
}
