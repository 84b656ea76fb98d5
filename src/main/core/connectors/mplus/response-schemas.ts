import { z } from 'zod'
import { isoDateFromSoap, isoDateTimeFromSoap } from './mplus-values'

/**
 * The one description of each MplusQapi type this client uses: a zod schema per WSDL complexType,
 * its fields in the XSD sequence's order. From it come
 * - the validation of an answer (the prefix-free tree of the SOAP body): text values arrive as
 *   strings; the schemas check their lexical form (xsd:long, xsd:boolean, enums) and convert them.
 *   Unknown elements are ignored (a newer server may add fields); missing required ones, malformed
 *   numbers and unknown result enums are errors that name the element;
 * - the domain types (types.ts infers them, the written-out input types included);
 * - the element order of a request (request-shapes.ts reads it from the key order). A field marked
 *   `.readonly()` is one the server fills (syncMarker, timestamps, totals): read, never sent.
 * Only the elements the client reads or sends are listed, each in its schema position.
 */

const integerText = z
  .string()
  .regex(/^[+-]?\d+$/, 'not an integer')
  .transform(Number)
  .refine(Number.isSafeInteger, 'integer too large')
export const long = integerText
export const int = integerText
export const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')
export const text = z.string()

/** A repeated element: absent → [], one → [one]. */
export function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item)
  )
}

/** A wrapper element around a repeated child (`<relationList><relation/>…</relationList>`), flattened. */
export function listOf<T extends z.ZodType>(child: string, item: T) {
  return z
    .preprocess(
      (v) => (v === undefined || v === '' ? {} : v),
      z.object({ [child]: repeated(item) })
    )
    .transform((wrapper) => (wrapper as Record<string, z.output<T>[]>)[child])
}

export const soapDate = z.object({ day: int, mon: int, year: int }).transform(isoDateFromSoap)
export const soapDateTime = z
  .object({
    sec: int,
    min: int,
    hour: int,
    day: int,
    mon: int,
    year: int,
    isdst: bool,
    timezone: int
  })
  .transform(isoDateTimeFromSoap)

export const yearNumber = z.object({ year: int, number: long })

export const apiVersionSchema = z.object({
  majorNumber: int,
  minorNumber: int,
  revisionNumber: int,
  serviceDateTime: soapDateTime.optional(),
  inDebugMode: bool,
  serviceVersionDisplayString: text.optional()
})

export const branchSchema = z.object({
  branchNumber: int,
  branchName: text,
  relationNumber: long.optional(),
  abbreviation: text,
  extBranchId: text.optional(),
  priceGroupNumber: int.optional(),
  countryCode: int,
  countryIso3: text,
  countryName: text
})

export const employeeSchema = z.object({
  employeeNumber: long,
  extEmployeeId: text.optional(),
  syncMarker: long.optional(),
  name: text.optional(),
  username: text.optional(),
  email: text.optional(),
  active: bool.optional()
})

export const vatGroupSchema = z.object({
  branchNumber: int.optional(),
  extBranchId: text.optional(),
  countryCode: int.optional(),
  countryIso3: text.optional(),
  vatCode: int,
  /** Whole percent as the fixture assumes (scale UNCONFIRMED, reference §10.2). */
  vatPercentage: long
})

export const turnoverGroupSchema = z.object({
  turnoverGroupType: text,
  turnoverGroup: int,
  turnoverGroupName: text,
  defaultVatCode: int.optional()
})

export const paymentMethodSchema = z.object({
  method: text,
  description: text,
  buttonText: text,
  allowNegativeAmount: bool,
  active: bool.optional(),
  type: text.optional()
})

export const deliveryMethodSchema = z.object({
  deliveryMethod: text,
  description: text,
  buttonText: text,
  enabled: bool.optional()
})

const numberList = z
  .preprocess((v) => (v === undefined || v === '' ? {} : v), z.object({ number: repeated(long) }))
  .transform((w) => w.number)

/** Written out because the tree is recursive (z.lazy needs the type); the schema is checked against it. */
export interface MplusArticleGroup {
  groupNumber: number
  syncMarker?: number
  name: string
  text: string
  sortOrder: number
  subGroupList: MplusArticleGroup[]
  productNumbers: number[]
  articleNumbers: number[]
  isDeleted?: boolean
}

export const articleGroupSchema: z.ZodType<MplusArticleGroup> = z.lazy(() =>
  z.object({
    groupNumber: int,
    syncMarker: long.optional(),
    name: text,
    text: text,
    subGroupList: listOf('articleGroups', articleGroupSchema),
    sortOrder: int,
    productNumbers: numberList,
    articleNumbers: numberList,
    isDeleted: bool.optional()
  })
)

/** GetCurrentSyncMarkersV2Response: only the requested markers are present. */
export const currentSyncMarkersV2Schema = z.object({
  articleSyncMarker: long.optional(),
  articleGroupSyncMarker: long.optional(),
  relationSyncMarker: long.optional(),
  employeeSyncMarker: long.optional(),
  invoiceSyncMarker: long.optional(),
  receiptSyncMarker: long.optional(),
  orderSyncMarker: long.optional(),
  stockId: long.optional(),
  purchaseOrderSyncMarker: long.optional(),
  purchaseDeliverySyncMarker: long.optional()
})

const categoryIds = z
  .preprocess((v) => (v === undefined || v === '' ? {} : v), z.object({ category: repeated(int) }))
  .transform((w) => w.category)

export const vatMethod = z.enum([
  'VAT-METHOD-INCLUSIVE',
  'VAT-METHOD-EXCLUSIVE',
  'VAT-METHOD-SHIFTED',
  'VAT-METHOD-NONE'
])

/** contactList's place in the sequence; relationSchema puts the contacts there. */
const contactListPlace = z.never().optional()

const relationSequence = z.object({
  relationNumber: long,
  extRelationId: text.optional(),
  syncMarker: long.readonly(),
  createTimestamp: soapDateTime.optional().readonly(),
  changeTimestamp: soapDateTime.optional().readonly(),
  active: bool.optional(),
  name: text.optional(),
  address: text.optional(),
  zipcode: text.optional(),
  city: text.optional(),
  country: text.optional(),
  deliveryAddress: text.optional(),
  deliveryZipcode: text.optional(),
  deliveryCity: text.optional(),
  deliveryCountry: text.optional(),
  contact: text.optional(),
  telephone: text.optional(),
  mobile: text.optional(),
  email: text.optional(),
  website: text.optional(),
  birthDate: soapDate.optional(),
  relationCode: text.optional(),
  priceGroupNumber: int.optional(),
  discountPercentage: int.optional(),
  categoryIds: categoryIds,
  cardNumber: text.optional(),
  bankAccountNumber: text.optional(),
  /** cents */
  creditLimit: long.optional(),
  paymentWithinDays: int.optional(),
  vatNumber: text.optional(),
  commerceNumber: text.optional(),
  extraText: text.optional(),
  defaultVatMethod: vatMethod.optional(),
  contactList: contactListPlace,
  companyName: text.optional(),
  reminderEmail: text.optional()
})

/**
 * A contact person of a company: a nested Relation, read and sent without its number, bookkeeping
 * and own contacts (semantics UNCONFIRMED, reference §7.2).
 */
export const contactSchema = relationSequence.omit({
  relationNumber: true,
  syncMarker: true,
  createTimestamp: true,
  changeTimestamp: true,
  contactList: true
})

/** `extend` replaces contactList where it stands, so the sequence keeps its order. */
export const relationSchema = relationSequence.extend({
  contactList: listOf('relation', contactSchema)
})

export const articleSchema = z.object({
  articleNumber: long,
  extArticleId: text.optional(),
  pluNumber: text.optional(),
  syncMarker: long.optional().readonly(),
  changeTimestamp: soapDateTime.optional().readonly(),
  createTimestamp: soapDateTime.optional().readonly(),
  active: bool.optional(),
  description: text.optional(),
  colour: text.optional(),
  colourSequenceNumber: int.optional(),
  size: text.optional(),
  sizeSequenceNumber: int.optional(),
  invoiceText: text.optional(),
  receiptText: text.optional(),
  displayText: text.optional(),
  barcode: text.optional(),
  brandName: text.optional(),
  extraText: text.optional(),
  turnoverGroup: int.optional(),
  vatCode: int.optional(),
  vatPercentage: int.optional(),
  /** cents */
  purchasePrice: long.optional(),
  /** cents */
  priceIncl: long.optional(),
  /** cents */
  priceExcl: long.optional(),
  supplierArticleNumber: text.optional(),
  webshop: bool.optional(),
  categoryIds: categoryIds,
  stockArticle: bool.optional(),
  discontinued: bool.optional()
})

export const productSchema = z.object({
  productNumber: long,
  syncMarker: long.optional().readonly(),
  description: text.optional(),
  extraText: text.optional(),
  articleList: listOf('article', articleSchema),
  groupNumbers: repeated(int)
})

const places = int.optional().transform((v) => v ?? 0)

/** One branch's stock of one article: each amount scaled by its own decimalPlaces. */
export const stockAmountsSchema = z.object({
  branchNumber: int.optional(),
  articleNumber: long,
  changeTimestamp: soapDateTime.optional(),
  stockId: long,
  /** "available stock that can be safely sold" */
  amountFree: long,
  decimalPlacesFree: places,
  /** reserved in undelivered orders */
  amountReserved: long,
  decimalPlacesReserved: places,
  /** incoming through purchase orders */
  amountIncoming: long,
  decimalPlacesIncoming: places
})

/** Sub-articles are read one level deep (their own sub-articles are not looked at); the caller decides how (or whether) they count. */
export const stockLineSchema = stockAmountsSchema
  .extend({
    subArticle: repeated(stockAmountsSchema),
    isDayStockArticle: bool.optional()
  })
  .transform(({ subArticle, isDayStockArticle, ...amounts }) => ({
    ...amounts,
    isDayStockArticle: isDayStockArticle ?? false,
    subArticles: subArticle
  }))

/** SetStockRequest: absolute stock of one article at one branch, scaled by decimalPlaces (missing = 0). */
export const setStockRequestSchema = z.object({
  branchNumber: int,
  articleNumber: long,
  amount: long,
  decimalPlaces: int.optional(),
  employeeNumber: long.optional(),
  reference: text.optional()
})

export const addressSchema = z.object({
  addressId: text.optional(),
  name: text.optional(),
  contact: text.optional(),
  address: text.optional(),
  zipcode: text.optional(),
  city: text.optional(),
  country: text.optional(),
  label: text.optional(),
  companyName: text.optional()
})

export const lineDataSchema = z.object({
  quantity: long,
  decimalPlaces: places,
  deliveredQuantity: long.optional().readonly(),
  deliveredDecimalPlaces: int.optional().readonly(),
  /** cents; incl. VAT for VAT-METHOD-INCLUSIVE orders (exclusive case UNCONFIRMED, reference §10.7) */
  price: long.optional(),
  priceExcl: long.optional(),
  turnoverGroup: int.optional(),
  vatCode: int.optional(),
  vatPercentage: int.optional(),
  discountPercentage: int.optional(),
  /** cents */
  discountAmount: long.optional(),
  totalInclAmount: long.optional(),
  totalExclAmount: long.optional()
})

export const lineSchema = z.object({
  lineId: text.optional().readonly(),
  employeeNumber: long.optional().readonly(),
  articleNumber: long,
  pluNumber: text.optional(),
  text: text.optional(),
  data: lineDataSchema.optional()
})

export const paymentSchema = z.object({
  paymentId: text.optional().readonly(),
  method: text,
  description: text.optional(),
  /** cents */
  amount: long,
  externalReference: text.optional()
})

const idList = z
  .preprocess((v) => (v === undefined || v === '' ? {} : v), z.object({ id: repeated(text) }))
  .transform((w) => w.id)

/** A document's VAT per code: the server's amounts, to use as they are (WSDL: "do not calculate it yourself"). */
export const documentVatGroupSchema = z.object({
  vatCode: int,
  vatPercentage: long,
  /** cents */
  exclAmount: long.optional(),
  /** cents */
  vatAmount: long.optional()
})

export const orderSchema = z.object({
  /** Required by the schema; the server assigns it, so a new order sends it empty. */
  orderId: text,
  /** Your unique id for the order (never reusable, reference §7.5). */
  extOrderId: text.optional(),
  invoiceIds: idList.readonly(),
  syncMarker: long.optional().readonly(),
  orderType: text.optional(),
  entryBranchNumber: int.optional(),
  /** 999999 is the commonly used superuser (UNCONFIRMED as a general rule). */
  employeeNumber: long.optional(),
  employeeName: text.optional().readonly(),
  entryTimestamp: soapDateTime.optional(),
  relationNumber: long.optional(),
  relationName: text.optional().readonly(),
  deliveryAddress: addressSchema.optional(),
  invoiceAddress: addressSchema.optional(),
  financialDate: soapDate.optional(),
  financialBranchNumber: int.optional(),
  workplaceNumber: int.optional(),
  reference: text.optional(),
  totalInclAmount: long.optional().readonly(),
  totalExclAmount: long.optional().readonly(),
  vatMethod: vatMethod.optional(),
  vatGroupList: listOf('vatGroup', documentVatGroupSchema).readonly(),
  deliveryMethod: text.optional(),
  paymentMethod: text.optional(),
  prepaidAmount: long.optional().readonly(),
  fullyPaid: bool.optional().readonly(),
  deliveryState: text.optional().readonly(),
  cancelState: text.optional().readonly(),
  completeState: text.optional().readonly(),
  orderNumber: yearNumber.optional().readonly(),
  lineList: listOf('line', lineSchema),
  paymentList: listOf('payment', paymentSchema).readonly(),
  vatCountryIso3: text.optional()
})

const salesDocumentBase = {
  syncMarker: long.optional(),
  orderIds: idList,
  extOrderIds: idList,
  employeeNumber: long.optional(),
  employeeName: text.optional(),
  entryTimestamp: soapDateTime.optional(),
  relationNumber: long.optional(),
  relationName: text.optional(),
  financialDate: soapDate.optional(),
  financialBranchNumber: int.optional(),
  workplaceNumber: int.optional(),
  totalInclAmount: long.optional(),
  totalExclAmount: long.optional(),
  vatMethod: vatMethod.optional(),
  paidAmount: long.optional(),
  vatGroupList: listOf('vatGroup', documentVatGroupSchema),
  lineList: listOf('line', lineSchema),
  paymentList: listOf('payment', paymentSchema)
}

export const invoiceSchema = z.object({
  invoiceId: text.optional(),
  extInvoiceId: text.optional(),
  invoiceNumber: yearNumber.optional(),
  invoiceType: text.optional(),
  state: text.optional(),
  finalized: bool.optional(),
  creditedInvoiceId: text.optional(),
  ...salesDocumentBase
})

export const receiptSchema = z.object({
  receiptId: text,
  extReceiptId: text.optional(),
  receiptNumber: z
    .object({ branchNumber: int, workplaceNumber: int, year: int, number: long })
    .optional(),
  receiptType: text,
  state: text,
  creditedReceiptId: text.optional(),
  ...salesDocumentBase
})

/** Result enums: only the WSDL's values are accepted (an unknown value is an invalid response). */
export const resultEnums = {
  findRelation: z.enum(['FIND-RELATION-RESULT-OK', 'FIND-RELATION-RESULT-NOT-FOUND']),
  createRelation: z.enum([
    'CREATE-RELATION-RESULT-OK',
    'CREATE-RELATION-RESULT-FAILED',
    'CREATE-RELATION-RESULT-FAILED-RELATION-NUMBER-ALREADY-TAKEN'
  ]),
  updateRelation: z.enum([
    'UPDATE-RELATION-RESULT-OK',
    'UPDATE-RELATION-RESULT-NOT-FOUND',
    'UPDATE-RELATION-RESULT-FAILED'
  ]),
  createProduct: z.enum([
    'CREATE-PRODUCT-RESULT-OK',
    'CREATE-PRODUCT-RESULT-FAILED',
    'CREATE-PRODUCT-RESULT-FAILED-PRODUCT-NUMBER-ALREADY-TAKEN',
    'CREATE-PRODUCT-RESULT-FAILED-ARTICLE-NUMBER-ALREADY-TAKEN'
  ]),
  updateProduct: z.enum([
    'UPDATE-PRODUCT-RESULT-OK',
    'UPDATE-PRODUCT-RESULT-NOT-FOUND',
    'UPDATE-PRODUCT-RESULT-NOT-ALLOWED',
    'UPDATE-PRODUCT-RESULT-FAILED',
    'UPDATE-PRODUCT-RESULT-FAILED-ARTICLE-NUMBER-ALREADY-TAKEN'
  ]),
  setStock: z.enum([
    'SET-STOCK-RESULT-OK',
    'SET-STOCK-RESULT-BRANCH-NOT-FOUND',
    'SET-STOCK-RESULT-ARTICLE-NOT-FOUND',
    'SET-STOCK-RESULT-NO-STOCK-ARTICLE',
    'SET-STOCK-RESULT-FAILED'
  ]),
  createOrder: z.enum([
    'CREATE-ORDER-RESULT-OK',
    'CREATE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS',
    'CREATE-ORDER-RESULT-FAILED',
    'CREATE-ORDER-RESULT-PAYMENT-FAILED'
  ]),
  getOrder: z.enum(['GET-ORDER-RESULT-OK', 'GET-ORDER-RESULT-NOT-FOUND']),
  getInvoice: z.enum(['GET-INVOICE-RESULT-OK', 'GET-INVOICE-RESULT-NOT-FOUND']),
  getReceipt: z.enum(['GET-RECEIPT-RESULT-OK', 'GET-RECEIPT-RESULT-NOT-FOUND']),
  newArticleGroup: z.enum([
    'NEW-ARTICLE-GROUP-RESULT-OK',
    'NEW-ARTICLE-GROUP-RESULT-PARENT-NOTFOUND',
    'NEW-ARTICLE-GROUP-RESULT-FAILED'
  ]),
  saveArticleGroup: z.enum([
    'SAVE-ARTICLE-GROUP-RESULT-OK',
    'SAVE-ARTICLE-GROUP-RESULT-NOT-FOUND',
    'SAVE-ARTICLE-GROUP-RESULT-FAILED'
  ]),
  idempotency: z.enum([
    'IDEMPOTENCY-RESULT-ORIGINAL-RESPONSE',
    'IDEMPOTENCY-RESULT-REPLAY-RESPONSE'
  ])
}

export const createOrderInfoSchema = z.object({
  orderId: text,
  orderString: text,
  orderQueued: bool.optional()
})

/** A response whose content is one wrapped list (`<relationList><relation/>…`): the items. */
export function listResponse<T extends z.ZodType>(wrapper: string, child: string, item: T) {
  const schema = z
    .object({ [wrapper]: listOf(child, item) })
    .transform((r) => (r as Record<string, z.output<T>[]>)[wrapper])
  listAnswers.add(schema, { wrapper, child })
  return schema
}

/** Where a list answer (listResponse) has its items: a big one is checked a slice of them at a time. */
export const listAnswers = z.registry<{ wrapper: string; child: string }>()

/** A response whose content is one bare repeated element (`<vatGroup/>…`): the items. */
export function repeatedResponse<T extends z.ZodType>(element: string, item: T) {
  return z
    .object({ [element]: repeated(item) })
    .transform((r) => (r as Record<string, z.output<T>[]>)[element])
}
