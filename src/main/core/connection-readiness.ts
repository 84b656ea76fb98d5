import type { ConnectionId, Settings } from '../../shared/contract'

/** What is still missing before a connection can be used, in settings field names. */
export function missingForConnection(
  connection: ConnectionId,
  settings: Settings,
  hasSecret: boolean
): string[] {
  const missing: string[] = []
  if (connection === 'mailchimp') {
    if (!hasSecret) missing.push('apiKey')
    if (!settings.mailchimp.listId) missing.push('listId')
    if (!settings.mailchimp.storeId) missing.push('storeId')
  } else {
    if (!settings.mplus.host) missing.push('host')
    if (!settings.mplus.port) missing.push('port')
    if (!settings.mplus.ident) missing.push('ident')
    if (!hasSecret) missing.push('secret')
  }
  return missing
}
