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
import type { Logger } from '../logger'
import type { SecretStore } from '../secrets/secret-store'

/** Client tuning beyond the settings: timeouts and retries (tests, benchmarks). */
export interface ConnectorTuning {
  mailchimp?: Pick<MailchimpClientConfig, 'timeoutMs' | 'retry'>
  mplus?: Pick<MplusClientConfig, 'timeouts' | 'retry'>
}

export interface Connections {
  mailchimp: MailchimpClient
  mplus: MplusClient
  listId: string
  storeId: string
  branchNumber: number | null
}

function notConfigured(missing: string[]): CoreError {
  return new CoreError(
    'not-configured',
    `Kassabrug cannot connect yet: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Finish the setup wizard.`
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
    if (!apiKey) throw notConfigured(['the Mailchimp API key'])
    const mc = settings.mailchimp
    const key = JSON.stringify([apiKey, mc.baseUrl, mc.maxConcurrentRequests])
    if (this.mailchimp?.key !== key) {
      const client = createMailchimpClient({
        apiKey,
        baseUrl: mc.baseUrl,
        maxConcurrentRequests: mc.maxConcurrentRequests,
        ...this.tuning.mailchimp,
        clock: this.clock,
        logger: this.logger
      })
      this.mailchimp = { key, client }
    }
    return this.mailchimp.client
  }

  async mplusClient(settings: Settings, secrets: SecretStore): Promise<MplusClient> {
    const secret = await secrets.get('mplus')
    const mp = settings.mplus
    const missing = [
      !mp.host && 'the MplusKASSA host',
      !mp.port && 'the MplusKASSA port',
      !mp.ident && 'the MplusKASSA ident',
      !secret && 'the MplusKASSA secret'
    ].filter((item): item is string => Boolean(item))
    if (!mp.host || !mp.port || !mp.ident || !secret) throw notConfigured(missing)
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
      const client = createMplusClient({
        host: mp.host,
        port: mp.port,
        useTls: mp.useTls,
        ident: mp.ident,
        secret,
        certificateSha256: mp.certificateSha256,
        ...this.tuning.mplus,
        timeouts: { requestMs: mp.callTimeoutSeconds * 1000, ...this.tuning.mplus?.timeouts },
        clock: this.clock,
        logger: this.logger
      })
      this.mplus = { key, client }
    }
    return this.mplus.client
  }

  /** Both clients and the choices every flow needs; refuses while anything is missing. */
  async open(settings: Settings, secrets: SecretStore): Promise<Connections> {
    const { listId, storeId } = settings.mailchimp
    if (!listId || !storeId) {
      throw notConfigured(
        [!listId && 'the Mailchimp audience', !storeId && 'the Mailchimp store'].filter(
          (item): item is string => Boolean(item)
        )
      )
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
