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

/**
 * Builds both API clients from the settings and the keychain. Clients are kept while their
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

  async open(settings: Settings, secrets: SecretStore): Promise<Connections> {
    const [apiKey, mplusSecret] = await Promise.all([
      secrets.get('mailchimp'),
      secrets.get('mplus')
    ])
    const { mailchimp: mc, mplus: mp } = settings
    const missing = [
      !apiKey && 'the Mailchimp API key',
      !mc.listId && 'the Mailchimp audience',
      !mc.storeId && 'the Mailchimp store',
      !mp.host && 'the MplusKASSA host',
      !mp.port && 'the MplusKASSA port',
      !mp.ident && 'the MplusKASSA ident',
      !mplusSecret && 'the MplusKASSA secret'
    ].filter((item): item is string => Boolean(item))
    if (!apiKey || !mplusSecret || !mc.listId || !mc.storeId || !mp.host || !mp.port || !mp.ident) {
      throw new CoreError(
        'not-configured',
        `Kassabrug cannot sync yet: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Finish the setup wizard.`
      )
    }
    const mailchimpConfig = {
      apiKey,
      baseUrl: mc.baseUrl,
      maxConcurrentRequests: mc.maxConcurrentRequests,
      ...this.tuning.mailchimp,
      clock: this.clock,
      logger: this.logger
    }
    const mplusConfig = {
      host: mp.host,
      port: mp.port,
      useTls: mp.useTls,
      ident: mp.ident,
      secret: mplusSecret,
      certificateSha256: mp.certificateSha256,
      ...this.tuning.mplus,
      clock: this.clock,
      logger: this.logger
    }
    const mailchimpKey = JSON.stringify([apiKey, mc.baseUrl, mc.maxConcurrentRequests])
    if (this.mailchimp?.key !== mailchimpKey) {
      this.mailchimp = { key: mailchimpKey, client: createMailchimpClient(mailchimpConfig) }
    }
    const mplusKey = JSON.stringify([
      mp.host,
      mp.port,
      mp.useTls,
      mp.ident,
      mplusSecret,
      mp.certificateSha256
    ])
    if (this.mplus?.key !== mplusKey) {
      this.mplus = { key: mplusKey, client: createMplusClient(mplusConfig) }
    }
    return {
      mailchimp: this.mailchimp.client,
      mplus: this.mplus.client,
      listId: mc.listId,
      storeId: mc.storeId,
      branchNumber: mp.branchNumber
    }
  }
}
