import { z } from 'zod'
import { defaultFlowOptions, FlowOptions } from '../flows/catalogue'

export const languages = ['nl', 'en', 'fr'] as const
export const Language = z.enum(languages)

// Field schemas carry no defaults: a partial update must not fill in defaults for the fields it
// leaves out. Defaults live in `defaultSettings` and are applied when reading.

/** Mailchimp connection, without the API key (that lives in the keychain only). */
export const MailchimpSettings = z.object({
  /** Base URL override, for the simulators and the demo; null means https://{dc}.api.mailchimp.com/3.0 */
  baseUrl: z.url().nullable(),
  listId: z.string().min(1).nullable(),
  storeId: z.string().min(1).max(50).nullable(),
  /** A second store (a web shop that already feeds Mailchimp) whose orders flow into Mplus. */
  orderSourceStoreId: z.string().min(1).max(50).nullable(),
  maxConcurrentRequests: z.int().min(1).max(10)
})

/** MplusKASSA connection, without the secret (keychain only). */
export const MplusSettings = z.object({
  host: z.string().min(1).nullable(),
  port: z.int().min(1).max(65535).nullable(),
  useTls: z.boolean(),
  ident: z.string().min(1).nullable(),
  /** Optional SHA-256 fingerprint of the server certificate, hex with or without colons. */
  certificateSha256: z
    .string()
    .regex(/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/, 'a SHA-256 fingerprint is 64 hex digits')
    .nullable(),
  branchNumber: z.int().min(0).nullable(),
  /** Advanced: how long one call may take to answer (paged list reads get twice this). */
  callTimeoutSeconds: z.int().min(10).max(600)
})

/** Choices that change how a flow reads (each flow's own, from the flow catalogue). */
export { FlowOptions }

export const Settings = z.object({
  language: Language,
  mailchimp: MailchimpSettings,
  mplus: MplusSettings,
  flowOptions: FlowOptions,
  logRetentionDays: z.int().min(1).max(3650),
  storePayloads: z.boolean(),
  /** Runs in which a record may fail (each with in-run retries) before it needs attention. */
  maxRecordAttempts: z.int().min(1).max(100),
  /** Pause (tray): scheduled runs wait; "Sync now" still works. Missed runs follow on resume. */
  syncPaused: z.boolean()
})
export type Settings = z.infer<typeof Settings>

export const defaultSettings: Settings = {
  language: 'nl',
  mailchimp: {
    baseUrl: null,
    listId: null,
    storeId: null,
    orderSourceStoreId: null,
    maxConcurrentRequests: 10
  },
  mplus: {
    host: null,
    port: null,
    useTls: true,
    ident: null,
    certificateSha256: null,
    branchNumber: null,
    callTimeoutSeconds: 60
  },
  flowOptions: defaultFlowOptions,
  logRetentionDays: 30,
  storePayloads: true,
  maxRecordAttempts: 5,
  syncPaused: false
}

/** A partial update: any subset of fields, nested objects merged field by field. */
export const SettingsPatch = z
  .object({
    language: Language,
    mailchimp: MailchimpSettings.partial().strict(),
    mplus: MplusSettings.partial().strict(),
    flowOptions: FlowOptions.partial().strict(),
    logRetentionDays: Settings.shape.logRetentionDays,
    storePayloads: z.boolean(),
    maxRecordAttempts: Settings.shape.maxRecordAttempts,
    syncPaused: z.boolean()
  })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>

/** Applies a patch (or a stored document from an older version) on top of a base, field by field. */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  return Settings.parse({
    ...base,
    ...patch,
    mailchimp: { ...base.mailchimp, ...patch.mailchimp },
    mplus: { ...base.mplus, ...patch.mplus },
    flowOptions: { ...base.flowOptions, ...patch.flowOptions }
  })
}
