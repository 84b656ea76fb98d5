import type { MappingFlow } from './contract/mapping-model'

/**
 * The field catalogue of each source type: the fields a mapping may read, named as the connectors
 * return them (field names from the WSDL and the OpenAPI file; a test checks each against the
 * connector's own schema). One place for the editor's picker and labels and for the core's check
 * that a mapping reads no path the source does not have.
 */
export const sourceTypes = {
  mailchimpMember: [
    'id',
    'email_address',
    'status',
    'last_changed',
    'unique_email_id',
    'language',
    'vip',
    'timestamp_opt',
    'list_id'
  ],
  /** The ADDRESS merge field. */
  mailchimpAddress: ['addr1', 'addr2', 'city', 'state', 'zip', 'country'],
  mplusProduct: ['productNumber', 'syncMarker', 'description', 'extraText'],
  mplusArticle: [
    'articleNumber',
    'extArticleId',
    'pluNumber',
    'active',
    'description',
    'colour',
    'size',
    'invoiceText',
    'receiptText',
    'displayText',
    'barcode',
    'brandName',
    'extraText',
    'turnoverGroup',
    'vatCode',
    'vatPercentage',
    'purchasePrice',
    'priceIncl',
    'priceExcl',
    'supplierArticleNumber'
  ],
  mplusArticleImage: ['imageUrl'],
  mplusArticleGroup: ['groupNumber', 'name', 'text', 'sortOrder'],
  mplusRelation: [
    'relationNumber',
    'name',
    'companyName',
    'contact',
    'email',
    'telephone',
    'mobile',
    'address',
    'zipcode',
    'city',
    'country',
    'website',
    'relationCode',
    'vatNumber',
    'commerceNumber',
    'extraText'
  ],
  mailchimpProductType: ['type'],
  mailchimpOrder: [
    'id',
    'currency_code',
    'order_total',
    'financial_status',
    'fulfillment_status',
    'discount_total',
    'tax_total',
    'shipping_total',
    'processed_at_foreign',
    'tracking_carrier'
  ],
  mailchimpCustomer: ['id', 'email_address', 'first_name', 'last_name', 'company'],
  mailchimpOrderLine: [
    'id',
    'product_id',
    'product_variant_id',
    'quantity',
    'price',
    'discount',
    'product_title',
    'product_variant_title'
  ],
  /** An order address as the orders-in flow hands it over: already in the till's one-line form. */
  orderAddress: ['name', 'companyName', 'address', 'zipcode', 'city', 'country'],
  /** What the orders-in flow works out per order: the taxed country and the lookup keys. */
  orderFacts: ['country', 'paymentKey', 'deliveryKey']
} as const satisfies Record<string, readonly string[]>
export type SourceType = keyof typeof sourceTypes

/**
 * Where a part of the record comes from, in the user's words (the label's parenthesis:
 * "Postcode (Mailchimp address)"). `*` in a prefix is any position in a list.
 */
export const sourceGroups = [
  'mailchimpMember',
  'mailchimpMergeFields',
  'mailchimpAddress',
  'mplusProduct',
  'mplusArticle',
  'mplusArticleImage',
  'mplusArticleGroup',
  'mplusRelation',
  'mailchimpProductType',
  'mailchimpOrder',
  'mailchimpCustomer',
  'mailchimpOrderLine',
  'deliveryAddress',
  'invoiceAddress',
  'orderFacts'
] as const
export type SourceGroup = (typeof sourceGroups)[number]

interface SourcePart {
  /** Dotted prefix of the part in the mapping's record ('' for its top level). */
  prefix: string
  group: SourceGroup
  /** The fields of the part; `open`: any name (the audience's own merge fields). */
  fields: { type: SourceType } | 'open'
}

/** The record each flow's mapping reads, part by part (see each flow's default-mapping.ts). */
export const sourceParts: Record<MappingFlow, readonly SourcePart[]> = {
  customers: [
    { prefix: '', group: 'mailchimpMember', fields: { type: 'mailchimpMember' } },
    { prefix: 'merge_fields', group: 'mailchimpMergeFields', fields: 'open' },
    {
      prefix: 'merge_fields.ADDRESS',
      group: 'mailchimpAddress',
      fields: { type: 'mailchimpAddress' }
    }
  ],
  products: [
    { prefix: 'product', group: 'mplusProduct', fields: { type: 'mplusProduct' } },
    { prefix: 'article', group: 'mplusArticle', fields: { type: 'mplusArticle' } },
    {
      prefix: 'article.imageList.*',
      group: 'mplusArticleImage',
      fields: { type: 'mplusArticleImage' }
    },
    { prefix: 'group', group: 'mplusArticleGroup', fields: { type: 'mplusArticleGroup' } }
  ],
  categories: [{ prefix: '', group: 'mplusArticleGroup', fields: { type: 'mplusArticleGroup' } }],
  'product-types': [
    { prefix: '', group: 'mailchimpProductType', fields: { type: 'mailchimpProductType' } }
  ],
  'orders-in': [
    { prefix: 'order', group: 'mailchimpOrder', fields: { type: 'mailchimpOrder' } },
    { prefix: 'order.customer', group: 'mailchimpCustomer', fields: { type: 'mailchimpCustomer' } },
    { prefix: 'line', group: 'mailchimpOrderLine', fields: { type: 'mailchimpOrderLine' } },
    { prefix: 'delivery', group: 'deliveryAddress', fields: { type: 'orderAddress' } },
    { prefix: 'invoice', group: 'invoiceAddress', fields: { type: 'orderAddress' } },
    { prefix: '', group: 'orderFacts', fields: { type: 'orderFacts' } }
  ],
  /** No mapping (the catalogue lists no section for it): its record has no field to read. */
  stock: [],
  'orders-out': [{ prefix: '', group: 'mplusRelation', fields: { type: 'mplusRelation' } }]
}

/** Every field name of every source type (the keys of the renderer's field labels). */
export const sourceFieldNames: readonly string[] = [
  ...new Set(Object.values(sourceTypes).flat())
].sort()

/** A field the flow's mapping can read: its path, the part it is in and its own name. */
export interface SourceField {
  path: string
  group: SourceGroup
  /** The field's name within its part (the label key); for an open part the name as given. */
  field: string
  open: boolean
}

/** The part and field a source path reads, or undefined when the flow's record has no such field. */
export function sourceFieldOf(flow: MappingFlow, path: string): SourceField | undefined {
  const segments = path.split('.')
  for (const part of sourceParts[flow]) {
    const prefix = part.prefix === '' ? [] : part.prefix.split('.')
    if (segments.length !== prefix.length + 1) continue
    if (!prefix.every((segment, index) => segment === '*' || segment === segments[index])) continue
    const field = segments[prefix.length]
    if (part.fields === 'open') return { path, group: part.group, field, open: true }
    if ((sourceTypes[part.fields.type] as readonly string[]).includes(field))
      return { path, group: part.group, field, open: false }
  }
  return undefined
}

/** The catalogue's fields of a flow, with `*` as the first position of a list. */
export function catalogueFields(flow: MappingFlow): SourceField[] {
  return sourceParts[flow].flatMap((part) =>
    part.fields === 'open'
      ? []
      : sourceTypes[part.fields.type].map((field) => ({
          path: [...(part.prefix ? [part.prefix.replaceAll('*', '0')] : []), field].join('.'),
          group: part.group,
          field,
          open: false
        }))
  )
}
