import { z } from 'zod'
import { ConnectionId } from './app'
import { defineCall } from './define'

/** The live check behind each connection's Test button. */
export const ConnectionTestResult = z.object({
  connection: ConnectionId,
  ok: z.boolean(),
  /** A sentence for the shop owner: what was reached, or what is wrong and what to do. */
  message: z.string(),
  /** The failure class (auth, transient, …) or not-configured; null when ok. */
  kind: z.string().nullable()
})

export const Audience = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.int().nullable()
})

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
  branches: z.array(z.object({ number: z.int(), name: z.string(), countryIso3: z.string() })),
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

export const connectionCalls = {
  'connections.test': defineCall(
    z.object({ connection: ConnectionId }).strict(),
    ConnectionTestResult,
    'Check a connection live (Mailchimp: ping; MplusKASSA: getApiVersion) with the stored settings.'
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
  )
}
