import type { ConnectionId, Settings } from '../../shared/contract'

/**
 * The settings fields each connection needs, in the order the wizard asks for them, with their
 * words for the CLI and the logs (the renderer words the same field names in its i18n `fields`).
 */
const neededFields: Record<ConnectionId, Record<string, string>> = {
  mailchimp: {
    apiKey: 'the Mailchimp API key',
    listId: 'the Mailchimp audience',
    storeId: 'the Mailchimp store'
  },
  mplus: {
    host: 'the MplusKASSA host',
    port: 'the MplusKASSA port',
    ident: 'the MplusKASSA ident',
    secret: 'the MplusKASSA secret'
  }
}

/** Fields a flow needs beyond its connections, in the same words (the stock flow's branch). */
const flowFields: Record<string, string> = {
  branchNumber: 'the MplusKASSA branch whose stock Mailchimp shows'
}

/** The field that stands for a connection's credential in the keychain. */
export const secretField = { mailchimp: 'apiKey', mplus: 'secret' } as const satisfies Record<
  ConnectionId,
  string
>

/** What is still missing before a connection can be used, in settings field names. */
export function missingForConnection(
  connection: ConnectionId,
  settings: Settings,
  hasSecret: boolean
): string[] {
  const present: Record<string, boolean> = {
    [secretField[connection]]: hasSecret,
    listId: Boolean(settings.mailchimp.listId),
    storeId: Boolean(settings.mailchimp.storeId),
    host: Boolean(settings.mplus.host),
    port: Boolean(settings.mplus.port),
    ident: Boolean(settings.mplus.ident)
  }
  return Object.keys(neededFields[connection]).filter((field) => !present[field])
}

/** Missing settings fields (as missingForConnection names them) in the words of the CLI and logs. */
export function missingInWords(missing: readonly string[]): string {
  const words = Object.assign({}, ...Object.values(neededFields), flowFields) as Record<
    string,
    string
  >
  return missing.map((field) => words[field] ?? field).join(', ')
}
