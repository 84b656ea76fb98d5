import { z } from 'zod'
import { ConnectionId } from './app'
import { defineCall } from './define'
import { stockCalculations } from '../flows/catalogue'
import { MailchimpSettings, MplusSettings } from './settings'

/**
 * What a connection test found, as a code the renderer words per connection (never a sentence):
 * connected; not-configured (params.missing names the fields); auth-refused (key, ident or secret
 * wrong); busy (the API asks to slow down); unreachable (network, timeout, server down);
 * certificate (TLS certificate not trusted or not the pinned one); not-mplus (the address answers,
 * but not like the API); refused (any other refusal).
 */
export const connectionTestCodes = [
  'connected',
  'not-configured',
  'auth-refused',
  'busy',
  'unreachable',
  'certificate',
  'not-mplus',
  'refused',
  /** Not the connection: a fault in Kassabrug itself (the detail says which). */
  'unexpected'
] as const
export const ConnectionTestCode = z.enum(connectionTestCodes)
export type ConnectionTestCode = z.infer<typeof ConnectionTestCode>

export const Audience = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.int().nullable()
})

export const MplusBranch = z.object({ number: z.int(), name: z.string(), countryIso3: z.string() })

/** The live check behind each connection's Test button, and what it reached. */
export const ConnectionTestResult = z.object({
  connection: ConnectionId,
  ok: z.boolean(),
  code: ConnectionTestCode,
  params: z.object({
    /** not-configured: the settings fields still missing (apiKey, host, port, ident, secret). */
    missing: z.array(z.string()).optional(),
    /** The API's own technical words, for a support question; the renderer folds it away. */
    detail: z.string().optional()
  }),
  /** The failure class (auth, transient, …) or not-configured; null when ok. */
  kind: z.string().nullable(),
  /** Mailchimp, when connected: the account name and its audiences. */
  accountName: z.string().nullable().optional(),
  audiences: z.array(Audience).optional(),
  /** MplusKASSA, when connected: the API version and the branches of the till. */
  apiVersion: z.string().optional(),
  branches: z.array(MplusBranch).optional()
})
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>

/** A typed, not yet stored Mailchimp connection; without apiKey the stored key is used. */
export const MailchimpDraft = z
  .object({
    apiKey: z.string().trim().min(1).max(200).optional(),
    baseUrl: MailchimpSettings.shape.baseUrl
  })
  .strict()
export type MailchimpDraft = z.infer<typeof MailchimpDraft>

/** A typed, not yet stored MplusKASSA connection; without secret the stored secret is used. */
export const MplusDraft = z
  .object({
    host: z.string().trim().min(1).max(253),
    port: z.int().min(1).max(65535),
    useTls: z.boolean(),
    ident: z.string().trim().min(1).max(200),
    secret: z.string().min(1).max(4096).optional(),
    certificateSha256: MplusSettings.shape.certificateSha256
  })
  .strict()
export type MplusDraft = z.infer<typeof MplusDraft>

export const EcommerceStore = z.object({
  id: z.string(),
  name: z.string(),
  listId: z.string(),
  currencyCode: z.string(),
  isSyncing: z.boolean()
})

const Choice = z.object({ code: z.string(), name: z.string() })

/** What the wizard and the lookup tables offer from the till. */
export const MplusReferenceData = z.object({
  branches: z.array(MplusBranch),
  employees: z.array(z.object({ number: z.int(), name: z.string() })),
  vatGroups: z.array(
    z.object({ vatCode: z.int(), percentage: z.number(), countryIso3: z.string().nullable() })
  ),
  turnoverGroups: z.array(z.object({ number: z.int(), name: z.string() })),
  paymentMethods: z.array(Choice),
  deliveryMethods: z.array(Choice),
  articleGroups: z.array(z.object({ number: z.int(), name: z.string() }))
})
export type MplusReferenceData = z.infer<typeof MplusReferenceData>

const NoInput = z.object({}).strict().default({})

/**
 * A few of the branch's recently changed articles with their figures (as numbers with their
 * decimals) and the level each stock calculation would send for them: the stock settings' live
 * example.
 */
export const StockExample = z.object({
  branchNumber: z.int(),
  articles: z.array(
    z.object({
      articleNumber: z.int(),
      free: z.number(),
      reserved: z.number(),
      incoming: z.number(),
      levels: z.object(
        Object.fromEntries(stockCalculations.map((calculation) => [calculation, z.int()])) as {
          [C in (typeof stockCalculations)[number]]: z.ZodInt
        }
      )
    })
  )
})
export type StockExample = z.infer<typeof StockExample>

export const connectionCalls = {
  'connections.test': defineCall(
    z.discriminatedUnion('connection', [
      z.object({ connection: z.literal('mailchimp'), draft: MailchimpDraft.optional() }).strict(),
      z.object({ connection: z.literal('mplus'), draft: MplusDraft.optional() }).strict()
    ]),
    ConnectionTestResult,
    'Check a connection live (Mailchimp: ping, account, audiences; MplusKASSA: getApiVersion, branches): the typed draft when given (nothing is stored), else the stored settings.'
  ),
  'mailchimp.audiences': defineCall(NoInput, z.array(Audience), 'The audiences of the account.'),
  'mailchimp.stores': defineCall(
    NoInput,
    z.array(EcommerceStore),
    'The e-commerce stores of the account.'
  ),
  'mailchimp.createStore': defineCall(
    z
      .object({
        id: z
          .string()
          .trim()
          .min(1)
          .max(50)
          .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
        name: z.string().trim().min(1).max(100),
        currencyCode: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')
      })
      .strict(),
    EcommerceStore,
    "Create the store Kassabrug writes into, on the chosen audience (a store's audience can never change)."
  ),
  'mplus.referenceData': defineCall(
    NoInput,
    MplusReferenceData,
    'Branches, employees, VAT groups, turnover groups, payment and delivery methods, article groups.'
  ),
  'mplus.stockExample': defineCall(
    z
      .object({
        /** A branch chosen on screen and not saved yet; else the stored one. */
        branchNumber: MplusSettings.shape.branchNumber.unwrap().optional(),
        allowNegative: z.boolean().optional()
      })
      .strict()
      .default({}),
    StockExample,
    'A few articles of the branch with their free, reserved and incoming stock and the level each stock calculation makes of them (getCurrentSyncMarkersV2 + getStock of the newest changes).'
  )
}
