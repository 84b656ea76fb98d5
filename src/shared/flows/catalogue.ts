import { z } from 'zod'

/**
 * Every flow this version of Kassabrug runs, in the words the renderer may know: direction, the
 * sections of its mapping, what must run first and which flow it excludes. The core attaches
 * reading, writing, mapping targets and defaults to each entry (`src/main/core/flows/registry.ts`,
 * typed so an entry without a module does not compile); every list of flows (contract enum,
 * status, mapping page, CLI `--flow`, log filters) comes from here. A flow that is not built is
 * not listed, so it shows nowhere.
 */
export const systems = ['mailchimp', 'mplus'] as const

/** How the stock flow turns a branch's free, reserved and incoming amounts into one level. */
export const stockCalculations = [
  'free-minus-reserved',
  'free',
  'free-plus-incoming',
  'free-minus-reserved-plus-incoming'
] as const
export type StockCalculation = (typeof stockCalculations)[number]
export type SystemName = (typeof systems)[number]

export interface FlowDescriptor<Id extends string = string> {
  source: SystemName
  target: SystemName
  /**
   * The prefixes of the payload sections its mapping fills ('' for the whole payload); the core
   * module gives each one its target fields.
   */
  sections: readonly string[]
  /** Flows whose records this one refers to: "sync all" runs them first. */
  dependsOn: readonly Id[]
  /** The flow carrying the same data the other way: the two are never on at the same time. */
  excludes?: Id
  /** Choices that change how the flow reads without changing what its records are (zod, with the default). */
  options?: Record<string, { schema: z.ZodType; default: unknown }>
}

function defineCatalogue<
  const T extends { [K in keyof T]: FlowDescriptor<Extract<keyof T, string>> }
>(catalogue: T): T {
  return catalogue
}

export const flowCatalogue = defineCatalogue({
  customers: {
    source: 'mailchimp',
    target: 'mplus',
    sections: [''],
    dependsOn: [],
    options: {
      // Both sources give a customer keyed by e-mail in the same member shape, so the ledger and
      // the pending records stay valid when this changes (docs/architecture.md, "Flow options").
      customersSource: { schema: z.enum(['audience', 'store']), default: 'audience' }
    }
  },
  products: {
    source: 'mplus',
    target: 'mailchimp',
    sections: ['product', 'variant'],
    dependsOn: []
  },
  categories: {
    source: 'mplus',
    target: 'mailchimp',
    sections: [''],
    dependsOn: ['products'],
    excludes: 'product-types'
  },
  'product-types': {
    source: 'mailchimp',
    target: 'mplus',
    sections: [''],
    dependsOn: [],
    excludes: 'categories'
  },
  'orders-in': {
    source: 'mailchimp',
    target: 'mplus',
    // The order header and one line per Mailchimp order line; the customer is the customers
    // flow's mapping (one rule for a relation, whichever flow writes it).
    sections: ['order', 'line'],
    // Orders are not bound to the customers flow running: each order creates or updates its own
    // customer with the customers flow's rule and code (docs/architecture.md, "Orders in").
    dependsOn: [],
    options: {
      /** Mailchimp `financial_status` values that are imported (Mailchimp's own words, lower case). */
      ordersFinancialStatuses: {
        schema: z.array(z.string().trim().toLowerCase().min(1).max(40)).min(1).max(20),
        default: ['paid']
      },
      /** The order lines' prices include VAT (VAT-METHOD-INCLUSIVE) or exclude it. */
      ordersPricesIncludeVat: { schema: z.boolean(), default: true },
      /** Orders placed before this day (YYYY-MM-DD, UTC) are never imported; null: all. */
      ordersPlacedSince: { schema: z.iso.date().nullable(), default: null },
      /** The employee the till books the orders on (required by MplusKASSA). */
      ordersEmployeeNumber: { schema: z.int().min(1).max(999_999_999), default: 999999 },
      /** Every order on this relation number instead of a customer per e-mail address. */
      ordersStandardDebtor: { schema: z.int().min(1).nullable(), default: null },
      /** The article a shipping cost is booked on; null: an order with shipping cost waits. */
      ordersShippingArticle: { schema: z.int().min(1).nullable(), default: null },
      /** The till's workplace number on the orders; null: none. */
      ordersWorkplaceNumber: { schema: z.int().min(0).nullable(), default: null },
      /** Payment term in days written to the order's customer (Relation.paymentWithinDays). */
      ordersPaymentTermDays: { schema: z.int().min(0).max(365).nullable(), default: null },
      /** How the street line is written at the till: by each address's country, or as given. */
      ordersAddressForm: {
        schema: z.enum(['byCountry', 'nl', 'be', 'fr', 'asGiven']),
        default: 'byCountry'
      }
    }
  },
  stock: {
    source: 'mplus',
    target: 'mailchimp',
    // No mapping: a variant's stock level is a calculation (below), not a field to map.
    sections: [],
    dependsOn: ['products'],
    options: {
      // What "in stock" means in Mailchimp, from the chosen branch's figures
      // (src/main/core/flows/stock/stock-level.ts; docs/architecture.md, "Stock").
      stockCalculation: {
        schema: z.enum(stockCalculations),
        default: 'free-minus-reserved'
      },
      // Off: a level below zero (more reserved than free) is sent as 0.
      stockAllowNegative: { schema: z.boolean(), default: false }
    }
  },
  'orders-out': {
    source: 'mplus',
    target: 'mailchimp',
    // The customer of the sale; the order and its lines follow the till's own amounts (the flow).
    sections: ['customer'],
    dependsOn: ['products'],
    options: {
      // Which Mplus sales become Mailchimp orders (in a shop most sales are till receipts).
      ordersOutSources: {
        schema: z
          .array(z.enum(['receipts', 'invoices', 'orders']))
          .min(1)
          .max(3),
        default: ['receipts']
      },
      // The financial branches whose sales count; empty: every branch.
      ordersOutBranches: { schema: z.array(z.int().min(0)).max(100), default: [] },
      // The first back-fill starts here (YYYY-MM-DD); null: twelve months before the run.
      ordersOutStartDate: { schema: z.iso.date().nullable(), default: null },
      // A relation field that says the customer opted in to e-mail; null: none does (transactional).
      ordersOutOptInField: { schema: z.string().trim().min(1).max(60).nullable(), default: null }
    }
  }
})

export type FlowId = keyof typeof flowCatalogue
export type FlowSectionId<Id extends FlowId> = (typeof flowCatalogue)[Id]['sections'][number]

/** Catalogue order, except that a flow comes after the flows it depends on. */
function runOrder(): [FlowId, ...FlowId[]] {
  const ordered: FlowId[] = []
  const visit = (flow: FlowId, path: readonly FlowId[]): void => {
    if (ordered.includes(flow)) return
    if (path.includes(flow))
      throw new Error(`flows depend on each other: ${[...path, flow].join(' → ')}`)
    const descriptor: FlowDescriptor<FlowId> = flowCatalogue[flow]
    for (const dependency of descriptor.dependsOn) visit(dependency, [...path, flow])
    ordered.push(flow)
  }
  for (const flow of Object.keys(flowCatalogue) as FlowId[]) visit(flow, [])
  return ordered as [FlowId, ...FlowId[]]
}

/** Every flow, in the order "sync all" runs them. */
export const flowIds = runOrder()

/** The flows whose field mapping the user can edit. */
export const mappingFlows = flowIds.filter((flow) => flowCatalogue[flow].sections.length > 0) as [
  FlowId,
  ...FlowId[]
]

export function descriptorOf(flow: FlowId): FlowDescriptor<FlowId> {
  return flowCatalogue[flow]
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never
type AllOptions = UnionToIntersection<
  { [Id in FlowId]: (typeof flowCatalogue)[Id] extends { options: infer O } ? O : never }[FlowId]
>
type OptionShape = {
  [K in keyof AllOptions]: AllOptions[K] extends { schema: infer S extends z.ZodType } ? S : never
}

const optionEntries = flowIds.flatMap((flow) => Object.entries(descriptorOf(flow).options ?? {}))

/** Every flow's options side by side (`settings.flowOptions`); the schemas carry no defaults. */
export const FlowOptions = z.object(
  Object.fromEntries(optionEntries.map(([name, option]) => [name, option.schema]))
) as unknown as z.ZodObject<OptionShape>
export type FlowOptions = z.infer<typeof FlowOptions>
export const defaultFlowOptions = Object.fromEntries(
  optionEntries.map(([name, option]) => [name, option.default])
) as FlowOptions

/** One value per flow, in run order (a record the type checker knows is complete). */
export function perFlow<T>(make: (flow: FlowId) => T): Record<FlowId, T> {
  return Object.fromEntries(flowIds.map((flow) => [flow, make(flow)])) as Record<FlowId, T>
}

/** The flows that can be on together out of the box: of two that exclude each other, the first. */
export const compatibleFlows = flowIds.filter((flow, index) => {
  const partner = descriptorOf(flow).excludes
  return !partner || flowIds.indexOf(partner) > index
})
