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
import { missingForConnection, missingInWords, secretField } from '../connection-readiness'
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

/** not-configured, with the missing settings fields in params.missing for the renderer. */
export function notConfigured(missing: string[]): CoreError {
  return new CoreError(
    'not-configured',
    `Kassabrug cannot connect yet: ${missingInWords(missing)} ${missing.length === 1 ? 'is' : 'are'} not set. Finish the setup wizard.`,
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
  private readonly mailchimp = new LastClient<MailchimpClient>()
  private readonly mplus = new LastClient<MplusClient>()

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly tuning: ConnectorTuning = {}
  ) {}

  /** The Mailchimp client alone (the wizard needs it before an audience or store is chosen). */
  async mailchimpClient(settings: Settings, secrets: SecretStore): Promise<MailchimpClient> {
    const apiKey = await secrets.get('mailchimp')
    if (!apiKey) throw notConfigured([secretField.mailchimp])
    const mc = settings.mailchimp
    return this.mailchimp.for([apiKey, mc.baseUrl, mc.maxConcurrentRequests], () =>
      this.draftMailchimp(apiKey, mc.baseUrl, mc.maxConcurrentRequests)
    )
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
    const connection: MplusConnection = {
      host: mp.host,
      port: mp.port,
      useTls: mp.useTls,
      ident: mp.ident,
      secret,
      certificateSha256: mp.certificateSha256
    }
    return this.mplus.for([connection, mp.callTimeoutSeconds], () =>
      this.draftMplus(connection, mp.callTimeoutSeconds)
    )
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

/** The client last built, kept while the configuration it was built from is the same. */
class LastClient<T> {
  private last: { key: string; client: T } | null = null

  for(configuration: unknown[], build: () => T): T {
    const key = JSON.stringify(configuration)
    if (this.last?.key !== key) this.last = { key, client: build() }
    return this.last.client
  }
}
