/**
 * The simulated account's data, in the API's own field names, so tests can inspect it directly.
 * Computed fields (member counts, customer totals, embedded variants) are derived when rendering.
 */

export interface AddressRecord {
  address1?: string
  address2?: string
  city?: string
  province?: string
  province_code?: string
  postal_code?: string
  country?: string
  country_code?: string
  longitude?: number
  latitude?: number
}

export interface AccountRecord {
  account_id: string
  login_id: string
  account_name: string
  email: string
  first_name: string
  last_name: string
  username: string
  role: string
  member_since: string
  pricing_plan_type: string
  account_timezone: string
  contact: {
    company: string
    addr1: string
    addr2: string
    city: string
    state: string
    zip: string
    country: string
  }
}

export interface ListRecord {
  id: string
  web_id: number
  name: string
  contact: Record<string, string>
  permission_reminder: string
  campaign_defaults: { from_name: string; from_email: string; subject: string; language: string }
  email_type_option: boolean
  date_created: string
}

export type MergeFieldType =
  | 'text'
  | 'number'
  | 'address'
  | 'phone'
  | 'date'
  | 'url'
  | 'imageurl'
  | 'radio'
  | 'dropdown'
  | 'birthday'
  | 'zip'

export interface MergeFieldRecord {
  merge_id: number
  tag: string
  name: string
  type: MergeFieldType
  required: boolean
  default_value: string
  public: boolean
  display_order: number
  options: Record<string, unknown>
  help_text: string
  list_id: string
}

export const memberStatuses = [
  'subscribed',
  'unsubscribed',
  'cleaned',
  'pending',
  'transactional'
] as const
export type MemberStatus = (typeof memberStatuses)[number] | 'archived'

export interface MemberRecord {
  id: string
  email_address: string
  unique_email_id: string
  contact_id: string
  web_id: number
  email_type: string
  status: MemberStatus
  merge_fields: Record<string, unknown>
  interests: Record<string, boolean>
  language: string
  vip: boolean
  location: { latitude: number; longitude: number }
  ip_signup: string
  timestamp_signup: string
  ip_opt: string
  timestamp_opt: string
  last_changed: string
  source: string
  tags: { id: number; name: string }[]
  list_id: string
}

export interface StoreRecord {
  id: string
  list_id: string
  name: string
  platform: string
  domain: string
  is_syncing: boolean
  email_address: string
  currency_code: string
  money_format: string
  primary_locale: string
  timezone: string
  phone: string
  address: AddressRecord
  created_at: string
  updated_at: string
}

export interface CustomerRecord {
  id: string
  email_address: string
  opt_in_status: boolean
  company: string
  first_name: string
  last_name: string
  address: AddressRecord
  created_at: string
  updated_at: string
}

export interface VariantRecord {
  id: string
  title: string
  url: string
  sku: string
  price: number
  inventory_quantity: number
  image_url: string
  backorders: string
  visibility: string
  created_at: string
  updated_at: string
}

export interface ProductImageRecord {
  id: string
  url: string
  variant_ids: string[]
}

export interface ProductRecord {
  id: string
  title: string
  handle: string
  url: string
  description: string
  type: string
  vendor: string
  image_url: string
  images: ProductImageRecord[]
  published_at_foreign: string
  created_at: string
  updated_at: string
}

export interface OrderLineRecord {
  id: string
  product_id: string
  product_variant_id: string
  quantity: number
  price: number
  discount: number
}

export interface OrderRecord {
  id: string
  customer_id: string
  campaign_id: string
  landing_site: string
  financial_status: string
  fulfillment_status: string
  currency_code: string
  order_total: number
  order_url: string
  discount_total: number
  tax_total: number
  shipping_total: number
  /** An enum (`prec`) in the spec: absent when unset, never "". */
  tracking_code?: 'prec'
  processed_at_foreign: string
  cancelled_at_foreign: string
  updated_at_foreign: string
  shipping_address: Record<string, unknown>
  billing_address: Record<string, unknown>
  promos: { code: string; amount_discounted: number; type: string }[]
  lines: OrderLineRecord[]
  tracking_number: string
  tracking_carrier: string
  tracking_url: string
}

/**
 * An e-commerce automation an order write would start (reference §5.1: order notifications for
 * financial_status paid/pending/refunded/cancelled, a shipping confirmation for shipped, a first
 * purchase follow-up). `suppressed` when the store had is_syncing set at that moment.
 */
export interface AutomationEvent {
  store_id: string
  order_id: string
  customer_id: string
  trigger: 'order_notification' | 'shipping_confirmation' | 'first_purchase'
  /** the status that triggered it, e.g. `paid` or `shipped` */
  status: string
  suppressed: boolean
  at: string
}

export interface BatchOperation {
  method: string
  path: string
  params?: Record<string, unknown>
  body?: string
  operation_id?: string
}

export interface BatchResultEntry {
  status_code: number
  operation_id: string | null
  response: string
}

export interface BatchRecord {
  id: string
  status: 'pending' | 'preprocessing' | 'started' | 'finalizing' | 'finished'
  total_operations: number
  finished_operations: number
  errored_operations: number
  submitted_at: string
  completed_at: string
  operations: BatchOperation[]
  results: BatchResultEntry[]
  archive?: Buffer
}

export interface SimulatorState {
  account: AccountRecord
  lists: Map<string, ListRecord>
  /** list id → merge fields in display order. */
  mergeFields: Map<string, MergeFieldRecord[]>
  /** list id → subscriber hash → member. */
  members: Map<string, Map<string, MemberRecord>>
  /** list id → hashes permanently deleted (re-adding them fails). */
  forgotten: Map<string, Set<string>>
  stores: Map<string, StoreRecord>
  /** store id → customer id → customer. */
  customers: Map<string, Map<string, CustomerRecord>>
  /** store id → product id → product. */
  products: Map<string, Map<string, ProductRecord>>
  /** `${store id}/${product id}` → variant id → variant (insertion order is the API's order). */
  variants: Map<string, Map<string, VariantRecord>>
  /** store id → order id → order. */
  orders: Map<string, Map<string, OrderRecord>>
  batches: Map<string, BatchRecord>
  /** Every automation an order write triggered or would have triggered, oldest first. */
  automationEvents: AutomationEvent[]
}

export function createEmptyState(): SimulatorState {
  return {
    account: {
      account_id: '8d3a3db4d97663a9074efcc16',
      login_id: '111111',
      account_name: 'Fietsenwinkel De Spaak',
      email: 'eigenaar@despaak.nl',
      first_name: 'Joost',
      last_name: 'van Dijk',
      username: 'despaak',
      role: 'owner',
      member_since: '2019-03-14T09:12:44+00:00',
      pricing_plan_type: 'monthly',
      account_timezone: 'Europe/Amsterdam',
      contact: {
        company: 'Fietsenwinkel De Spaak',
        addr1: 'Dorpsstraat 12',
        addr2: '',
        city: 'Venlo',
        state: '',
        zip: '5911 AB',
        country: 'NL'
      }
    },
    lists: new Map(),
    mergeFields: new Map(),
    members: new Map(),
    forgotten: new Map(),
    stores: new Map(),
    customers: new Map(),
    products: new Map(),
    variants: new Map(),
    orders: new Map(),
    batches: new Map(),
    automationEvents: []
  }
}

export function variantKey(storeId: string, productId: string): string {
  return `${storeId}/${productId}`
}

/** The map under `key`, created empty on first use. */
export function mapFor<K, V>(outer: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = outer.get(key)
  if (!inner) {
    inner = new Map()
    outer.set(key, inner)
  }
  return inner
}
