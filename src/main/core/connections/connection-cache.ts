import { CoreError, type Settings } from '../../../shared/contract'
import type { Clock } from '../clock'
import {
  createMailchimpClient,
  type MailchimpClient,
  type MailchimpClientConfig
} from '../connectors/mailchimp/client'
import {
  createMplusClient,
  type MplusClient,
  type MplusClientConfig
} from '../connectors/mplus/client'
import { missingForConnection } from '../connection-readiness'
import type { Logger } from '../logger'
import type { SecretStore } from '../secrets/secret-store'

/** Client tuning beyond the settings: timeouts and retries (tests, benchmarks). */
export interface ConnectorTuning {
  mailchimp?: Pick<MailchimpClientConfig, 'timeoutMs' | 'retry'>
  mplus?: Pick<MplusClientConfig, 'timeouts' | 'retry'>
}

/** Where and how to reach a till: the settings plus the secret. */
export type MplusConnection = Pick<
  MplusClientConfig,
  'host' | 'port' | 'useTls' | 'ident' | 'secret' | 'certificateSha256'
>

export interface Connections {
  mailchimp: MailchimpClient
  mplus: MplusClient
  listId: string
  storeId: string
  branchNumber: number | null
}

/** Settings fields (as in missingForConnection) in the words of the CLI and the logs. */
const fieldWords: Record<string, string> = {
  apiKey: 'the Mailchimp API key',
  listId: 'the Mailchimp audience',
  storeId: 'the Mailchimp store',
  host: 'the MplusKASSA host',
  port: 'the MplusKASSA port',
  ident: 'the MplusKASSA ident',
  secret: 'the MplusKASSA secret',
  branchNumber: 'the MplusKASSA branch whose stock Mailchimp shows'
}

/** not-configured, with the missing settings fields in params.missing for the renderer. */
export function notConfigured(missing: string[]): CoreError {
  const words = missing.map((field) => fieldWords[field] ?? field)
  return new CoreError(
    'not-configured',
    `Kassabrug cannot connect yet: ${words.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Finish the setup wizard.`,
    undefined,
    { params: { missing } }
  )
}

/**
 * Builds the API clients from the settings and the keychain. Clients are kept while their
 * configuration is unchanged, so every flow — also flows running at the same time — shares one
 * Mailchimp concurrency limiter per account, as the API's 10-connection cap requires.
 */
export class ConnectionCache {
  private mailchimp: { key: string; client: MailchimpClient } | null = null
  private mplus: { key: string; client: MplusClient } | null = null

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly tuning: ConnectorTuning = {}
  ) {}

  /** The Mailchimp client alone (the wizard needs it before an audience or store is chosen). */
  async mailchimpClient(settings: Settings, secrets: SecretStore): Promise<MailchimpClient> {
    const apiKey = await secrets.get('mailchimp')
    if (!apiKey) throw notConfigured(['apiKey'])
    const mc = settings.mailchimp
    const key = JSON.stringify([apiKey, mc.baseUrl, mc.maxConcurrentRequests])
    if (this.mailchimp?.key !== key) {
      this.mailchimp = {
        key,
        client: this.draftMailchimp(apiKey, mc.baseUrl, mc.maxConcurrentRequests)
      }
    }
    return this.mailchimp.client
  }

  /** A client for typed, not yet stored credentials (the wizard's Test); never cached. */
  draftMailchimp(
    apiKey: string,
    baseUrl: string | null,
    maxConcurrentRequests = 1
  ): MailchimpClient {
    return createMailchimpClient({
      apiKey,
      baseUrl,
      maxConcurrentRequests,
      ...this.tuning.mailchimp,
      clock: this.clock,
      logger: this.logger
    })
  }

  /** See draftMailchimp. */
  draftMplus(connection: MplusConnection, callTimeoutSeconds?: number): MplusClient {
    const tuned = this.tuning.mplus
    return createMplusClient({
      ...connection,
      ...tuned,
      timeouts: callTimeoutSeconds
        ? { requestMs: callTimeoutSeconds * 1000, ...tuned?.timeouts }
        : tuned?.timeouts,
      clock: this.clock,
      logger: this.logger
    })
  }

  async mplusClient(settings: Settings, secrets: SecretStore): Promise<MplusClient> {
    const secret = await secrets.get('mplus')
    const mp = settings.mplus
    if (!mp.host || !mp.port || !mp.ident || !secret)
      throw notConfigured(missingForConnection('mplus', settings, secret !== null))
    const key = JSON.stringify([
      mp.host,
      mp.port,
      mp.useTls,
      mp.ident,
      secret,
      mp.certificateSha256,
      mp.callTimeoutSeconds
    ])
    if (this.mplus?.key !== key) {
      const client = this.draftMplus(
        {
          host: mp.host,
          port: mp.port,
          useTls: mp.useTls,
          ident: mp.ident,
          secret,
          certificateSha256: mp.certificateSha256
        },
        mp.callTimeoutSeconds
      )
      this.mplus = { key, client }
    }
    return this.mplus.client
  }

  /** Both clients and the choices every flow needs; refuses while anything is missing. */
  async open(settings: Settings, secrets: SecretStore): Promise<Connections> {
    const { listId, storeId } = settings.mailchimp
    if (!listId || !storeId) {
      throw notConfigured(missingForConnection('mailchimp', settings, true))
    }
    return {
      mailchimp: await this.mailchimpClient(settings, secrets),
      mplus: await this.mplusClient(settings, secrets),
      listId,
      storeId,
      branchNumber: settings.mplus.branchNumber
    }
  }
}
