import { ConnectorError, type ConnectorErrorKind } from '../../connector-error'
import { Account, PingResponse } from '../types'
import type { ResourceContext } from './context'

export type ConnectionTestResult =
  | { ok: true; accountName: string | null }
  | { ok: false; kind: ConnectorErrorKind; failure: ConnectorError }

/** The account itself: reachability and its name. */
export function accountResource({ request }: ResourceContext) {
  const ping = () => request({ method: 'GET', template: '/ping', schema: PingResponse })
  return {
    /** GET /ping and the account name; on failure the classified error (which never holds the key). */
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        await ping()
        const account = await request({
          method: 'GET',
          template: '/',
          query: { fields: 'account_id,account_name' },
          schema: Account
        })
        return { ok: true, accountName: account.account_name }
      } catch (error) {
        const failure =
          error instanceof ConnectorError
            ? error
            : new ConnectorError('transient', 'mailchimp', 'Unknown failure', {}, { cause: error })
        return { ok: false, kind: failure.kind, failure }
      }
    },
    ping
  }
}
