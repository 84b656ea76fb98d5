import { z } from 'zod'

export const languages = ['nl', 'en', 'fr'] as const
export const Language = z.enum(languages)

/** Mailchimp connection, without the API key (that lives in the keychain only). */
export const MailchimpSettings = z.object({
  /** Base URL override, for the simulators and the demo; null means https://{dc}.api.mailchimp.com/3.0 */
  baseUrl: z.url().nullable().default(null),
  listId: z.string().min(1).nullable().default(null),
  storeId: z.string().min(1).max(50).nullable().default(null),
  /** A second store (a web shop that already feeds Mailchimp) whose orders flow into Mplus. */
  orderSourceStoreId: z.string().min(1).max(50).nullable().default(null),
  maxConcurrentRequests: z.int().min(1).max(10).default(10)
})

/** MplusKASSA connection, without the secret (keychain only). */
export const MplusSettings = z.object({
  host: z.string().min(1).nullable().default(null),
  port: z.int().min(1).max(65535).nullable().default(null),
  useTls: z.boolean().default(true),
  ident: z.string().min(1).nullable().default(null),
  /** Optional SHA-256 fingerprint of the server certificate, hex with or without colons. */
  certificateSha256: z
    .string()
    .regex(/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/, 'a SHA-256 fingerprint is 64 hex digits')
    .nullable()
    .default(null),
  branchNumber: z.int().min(0).nullable().default(null)
})

export const Settings = z.object({
  language: Language.default('nl'),
  mailchimp: MailchimpSettings.prefault({}),
  mplus: MplusSettings.prefault({}),
  logRetentionDays: z.int().min(1).max(3650).default(30),
  storePayloads: z.boolean().default(true)
})
export type Settings = z.infer<typeof Settings>

/** A partial update: any subset of fields, nested objects merged field by field. */
export const SettingsPatch = z
  .object({
    language: Language,
    mailchimp: MailchimpSettings.partial().strict(),
    mplus: MplusSettings.partial().strict(),
    logRetentionDays: z.int().min(1).max(3650),
    storePayloads: z.boolean()
  })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>
