import { z } from 'zod'

/**
 * Mailchimp Marketing API objects as Kassabrug uses them, in the API's own snake_case names
 * (reference: mailchimp-api.md §4–§5, spec 3.0.55 + the 2026 additions of §6). The zod schemas
 * validate responses; fields the app does not read are left out (zod drops them).
 */

const text = z.string()
const optionalText = z.string().nullish()
const optionalNumber = z.number().nullish()

/**
 * An API timestamp ('2026-01-05T10:00:00+00:00') that names a real moment. Date.parse is lenient:
 * it reads 30 February as 1 March, so a member changed "on 30 February" would move the reading
 * checkpoint to a day that is not the one Mailchimp meant.
 */
const timestamp = z.string().refine(
  (value) => {
    const parts =
      /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.exec(value)
    if (!parts) return false
    const [year, month, day, hour, minute, second] = parts.slice(1).map(Number)
    const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second)).toISOString()
    return utc.slice(0, 19) === value.slice(0, 19)
  },
  { message: 'not a real date and time' }
)

export const PingResponse = z.object({ health_status: text })
export type PingResponse = z.infer<typeof PingResponse>

export const Account = z.object({
  account_id: text,
  account_name: text,
  email: optionalText,
  role: optionalText,
  account_timezone: optionalText,
  total_subscribers: optionalNumber
})
export type Account = z.infer<typeof Account>

export const MailchimpList = z.object({
  id: text,
  name: text,
  web_id: optionalNumber,
  date_created: optionalText,
  stats: z
    .object({ member_count: z.number(), total_contacts: z.number().optional() })
    .partial()
    .nullish()
})
export type MailchimpList = z.infer<typeof MailchimpList>

export const ListsPage = z.object({ lists: z.array(MailchimpList), total_items: z.number().int() })
export type ListsPage = z.infer<typeof ListsPage>

/** The ADDRESS merge field's value; `state` may be empty (Dutch and Belgian addresses have none). */
export const AddressMergeValue = z.object({
  addr1: text,
  addr2: z.string().optional(),
  city: text,
  state: z.string(),
  zip: text,
  country: z.string().optional()
})
export type AddressMergeValue = z.infer<typeof AddressMergeValue>

export const memberStatuses = [
  'subscribed',
  'unsubscribed',
  'cleaned',
  'pending',
  'transactional',
  'archived'
] as const
export const MemberStatus = z.enum(memberStatuses)
export type MemberStatus = z.infer<typeof MemberStatus>
/** Statuses a write may set (archived is reached by DELETE only). */
export type WritableMemberStatus = Exclude<MemberStatus, 'archived'>

export const Member = z.object({
  id: text,
  email_address: text,
  status: MemberStatus,
  last_changed: timestamp,
  unique_email_id: optionalText,
  merge_fields: z.record(z.string(), z.unknown()).optional(),
  language: optionalText,
  vip: z.boolean().nullish(),
  timestamp_opt: optionalText,
  list_id: optionalText,
  tags: z.array(z.object({ id: z.number(), name: text })).nullish()
})
export type Member = z.infer<typeof Member>

/**
 * A page of members. Each member is checked on its own (memberProblem), so one member with a
 * field of the wrong type does not make the whole page, and every run after it, fail.
 */
export const MembersPage = z.object({
  members: z.array(z.unknown()),
  total_items: z.number().int()
})
export type MembersPage = z.infer<typeof MembersPage>

/** A member as Mailchimp sent it, or what is wrong with it ("email_address: expected string, received number"). */
export function parseMember(raw: unknown): { member: Member } | { problem: string } {
  const parsed = Member.safeParse(raw)
  if (parsed.success) return { member: parsed.data }
  return {
    problem: parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(member)'}: ${issue.message}`)
      .join('; ')
  }
}

/** Body of PUT /lists/{list_id}/members/{subscriber_hash} (3.0.55: status_if_new required). */
export interface MemberUpsert {
  email_address: string
  status_if_new: WritableMemberStatus
  /** Only for a real consent change: it overrides an existing member's status (reference §8.15). */
  status?: WritableMemberStatus
  merge_fields?: Record<string, string | number | AddressMergeValue>
  language?: string
  email_type?: 'html' | 'text'
  vip?: boolean
  tags?: string[]
}

export const EcommerceAddress = z
  .object({
    address1: text,
    address2: text,
    city: text,
    province: text,
    province_code: text,
    postal_code: text,
    country: text,
    country_code: text
  })
  .partial()
export type EcommerceAddress = z.infer<typeof EcommerceAddress>

export const Store = z.object({
  id: text,
  list_id: text,
  name: text,
  currency_code: text,
  is_syncing: z.boolean(),
  platform: optionalText,
  domain: optionalText,
  email_address: optionalText,
  money_format: optionalText,
  primary_locale: optionalText,
  timezone: optionalText,
  phone: optionalText,
  address: EcommerceAddress.nullish(),
  created_at: optionalText,
  updated_at: optionalText
})
export type Store = z.infer<typeof Store>

export const StoresPage = z.object({ stores: z.array(Store), total_items: z.number().int() })
export type StoresPage = z.infer<typeof StoresPage>

export interface StoreCreate {
  id: string
  list_id: string
  name: string
  currency_code: string
  is_syncing?: boolean
  platform?: string
  domain?: string
  email_address?: string
  money_format?: string
  primary_locale?: string
  timezone?: string
  phone?: string
  address?: EcommerceAddress
}
/** PATCH: every writable field except id and list_id (read-only after creation). */
export type StoreUpdate = Partial<Omit<StoreCreate, 'id' | 'list_id'>>

export const Customer = z.object({
  id: text,
  email_address: text,
  opt_in_status: z.boolean(),
  company: optionalText,
  first_name: optionalText,
  last_name: optionalText,
  address: EcommerceAddress.nullish(),
  orders_count: optionalNumber,
  total_spent: optionalNumber,
  created_at: optionalText,
  updated_at: optionalText
})
export type Customer = z.infer<typeof Customer>

export const CustomersPage = z.object({
  customers: z.array(Customer),
  total_items: z.number().int()
})

/** PUT /customers/{id}: the POST body (3.0.55: id, email_address and opt_in_status required). */
export interface CustomerUpsert {
  id: string
  email_address: string
  opt_in_status: boolean
  company?: string
  first_name?: string
  last_name?: string
  address?: EcommerceAddress
}

export const Variant = z.object({
  id: text,
  title: text,
  url: optionalText,
  sku: optionalText,
  price: optionalNumber,
  inventory_quantity: z.number().int().nullish(),
  image_url: optionalText,
  backorders: optionalText,
  visibility: optionalText,
  created_at: optionalText,
  updated_at: optionalText
})
export type Variant = z.infer<typeof Variant>

export const VariantsPage = z.object({ variants: z.array(Variant), total_items: z.number().int() })

export interface VariantUpsert {
  id: string
  title: string
  url?: string
  sku?: string
  price?: number
  inventory_quantity?: number
  image_url?: string
  /** A string in the API ("1"/"0" in Mailchimp's own plugin). */
  backorders?: string
  visibility?: string
}
export type VariantUpdate = Partial<Omit<VariantUpsert, 'id'>>

export const ProductImage = z.object({ id: text, url: text, variant_ids: z.array(text).nullish() })

export const Product = z.object({
  id: text,
  title: text,
  handle: optionalText,
  url: optionalText,
  description: optionalText,
  type: optionalText,
  vendor: optionalText,
  image_url: optionalText,
  currency_code: optionalText,
  published_at_foreign: optionalText,
  /** At most 50 embedded; the rest only through the variants collection. */
  variants: z.array(Variant),
  images: z.array(ProductImage).nullish(),
  created_at: optionalText,
  updated_at: optionalText
})
export type Product = z.infer<typeof Product>

export const ProductsPage = z.object({ products: z.array(Product), total_items: z.number().int() })
/** A products read with `fields=total_items`: the store's count alone. */
export const ProductsCount = ProductsPage.pick({ total_items: true })

export interface ProductCreate {
  id: string
  title: string
  /** At least one; a simple product is one variant with the product's id and title. */
  variants: VariantUpsert[]
  handle?: string
  url?: string
  description?: string
  type?: string
  vendor?: string
  image_url?: string
  images?: { id: string; url: string; variant_ids?: string[] }[]
  published_at_foreign?: string
}
/** PATCH: all optional, and no variants (PATCH cannot address a variant; use the variant calls). */
export type ProductUpdate = Partial<Omit<ProductCreate, 'id' | 'variants'>>
/** 2026 PUT (upsert): the POST body; only id is required by the spec. */
export type ProductUpsert = Partial<ProductCreate> & { id: string }

export const OrderLine = z.object({
  id: text,
  product_id: text,
  product_variant_id: text,
  quantity: z.number().int(),
  price: z.number(),
  discount: optionalNumber,
  product_title: optionalText,
  product_variant_title: optionalText
})
export type OrderLine = z.infer<typeof OrderLine>

/** An order's shipping or billing address (E-commerce address plus name, phone and company). */
export const OrderAddress = EcommerceAddress.extend({
  name: text,
  phone: text,
  company: text
}).partial()
export type OrderAddress = z.infer<typeof OrderAddress>

export const OrderPromo = z.object({
  code: text,
  amount_discounted: z.number(),
  type: z.enum(['fixed', 'percentage'])
})

export const Order = z.object({
  id: text,
  customer: Customer,
  currency_code: text,
  order_total: z.number(),
  lines: z.array(OrderLine),
  store_id: optionalText,
  financial_status: optionalText,
  fulfillment_status: optionalText,
  discount_total: optionalNumber,
  tax_total: optionalNumber,
  shipping_total: optionalNumber,
  processed_at_foreign: optionalText,
  updated_at_foreign: optionalText,
  cancelled_at_foreign: optionalText,
  campaign_id: optionalText,
  /** An enum of one value; absent when not set. */
  tracking_code: z.enum(['prec']).optional(),
  tracking_carrier: optionalText,
  shipping_address: OrderAddress.nullish(),
  billing_address: OrderAddress.nullish(),
  promos: z.array(OrderPromo).nullish()
})
export type Order = z.infer<typeof Order>

export const OrdersPage = z.object({ orders: z.array(Order), total_items: z.number().int() })

export interface OrderLineInput {
  id: string
  product_id: string
  product_variant_id: string
  quantity: number
  /** Unit price, as Mailchimp's own plugin sends it. */
  price: number
  discount?: number
}

/** PATCH …/lines/{line_id}: the id is in the path. */

export interface OrderCreate {
  id: string
  /** `{id}` for an existing customer; a new one also needs email_address and opt_in_status. */
  customer: Partial<CustomerUpsert> & { id: string }
  currency_code: string
  order_total: number
  lines: OrderLineInput[]
  financial_status?: string
  fulfillment_status?: string
  discount_total?: number
  tax_total?: number
  shipping_total?: number
  processed_at_foreign?: string
  updated_at_foreign?: string
  cancelled_at_foreign?: string
  campaign_id?: string
  tracking_code?: 'prec'
  tracking_carrier?: string
  shipping_address?: OrderAddress
  billing_address?: OrderAddress
  promos?: z.infer<typeof OrderPromo>[]
}
/** PATCH: all optional; lines are matched by id (2026) and absent lines are kept. */
export type OrderUpdate = Partial<Omit<OrderCreate, 'id' | 'customer' | 'lines'>> & {
  lines?: (Partial<OrderLineInput> & { id: string })[]
}

export const batchStatuses = [
  'pending',
  'preprocessing',
  'started',
  'finalizing',
  'finished'
] as const
export const Batch = z.object({
  id: text,
  status: z.enum(batchStatuses),
  total_operations: z.number().int(),
  finished_operations: z.number().int(),
  errored_operations: z.number().int(),
  submitted_at: optionalText,
  completed_at: optionalText,
  response_body_url: optionalText
})
export type Batch = z.infer<typeof Batch>

/** One entry of a results file in the batch archive; `response` is JSON in a string. */
export const BatchResultEntry = z.object({
  status_code: z.number().int(),
  operation_id: z.string().nullable(),
  response: z.string()
})
export type BatchResultEntry = z.infer<typeof BatchResultEntry>
