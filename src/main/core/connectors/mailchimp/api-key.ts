import { ConnectorError } from '../connector-error'

/** `<32 hex>-<dc>`, e.g. `0123…abcd-us21`; the data centre is the part after the last dash. */
const apiKeyShape = /^[0-9a-f]{32}-([a-z]{2,}\d+)$/

/** The data centre named in an API key; an auth error (without the key) when it is malformed. */
export function dataCenterOf(apiKey: string): string {
  const match = apiKeyShape.exec(apiKey.trim())
  if (!match)
    throw new ConnectorError(
      'auth',
      'mailchimp',
      'The Mailchimp API key is not in the expected form (32 hexadecimal characters, a dash and the data centre, e.g. "…-us21"). Copy it again from Mailchimp: Account → Extras → API keys.'
    )
  return match[1]
}

export function defaultBaseUrl(apiKey: string): string {
  return `https://${dataCenterOf(apiKey)}.api.mailchimp.com/3.0`
}
