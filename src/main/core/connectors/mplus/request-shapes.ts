import type { Shape } from './soap-xml'

/**
 * Element order of every request this client sends, as the XSD sequences in the official WSDL
 * (API v67.1.3) define it. Only fields the client actually sends are listed, but always in their
 * schema position: a strict validator rejects out-of-order elements.
 */

const value = true

const soapDate: Shape = { day: value, mon: value, year: value }
const soapDateTime: Shape = {
  sec: value,
  min: value,
  hour: value,
  day: value,
  mon: value,
  year: value,
  isdst: value,
  timezone: value
}
const categoryIdSet: Shape = { category: value }
const textList: Shape = { text: { text: value } }

const relationFields = {
  relationNumber: value,
  extRelationId: value,
  active: value,
  name: value,
  address: value,
  zipcode: value,
  city: value,
  country: value,
  deliveryAddress: value,
  deliveryZipcode: value,
  deliveryCity: value,
  deliveryCountry: value,
  contact: value,
  telephone: value,
  mobile: value,
  email: value,
  website: value,
  birthDate: soapDate,
  relationCode: value,
  priceGroupNumber: value,
  discountPercentage: value,
  categoryIds: categoryIdSet,
  cardNumber: value,
  bankAccountNumber: value,
  creditLimit: value,
  paymentWithinDays: value,
  vatNumber: value,
  commerceNumber: value,
  extraText: value,
  defaultVatMethod: value
} as const
const relationTail = { companyName: value } as const
const reminderEmail = { reminderEmail: value } as const
/** Contacts are nested Relations without their own contacts. */
const contactShape: Shape = { ...relationFields, ...relationTail, ...reminderEmail }
export const relationShape: Shape = {
  ...relationFields,
  contactList: { relation: contactShape },
  ...relationTail,
  ...reminderEmail
}

export const articleShape: Shape = {
  articleNumber: value,
  extArticleId: value,
  pluNumber: value,
  active: value,
  description: value,
  colour: value,
  colourSequenceNumber: value,
  size: value,
  sizeSequenceNumber: value,
  invoiceText: value,
  receiptText: value,
  displayText: value,
  barcode: value,
  brandName: value,
  extraText: value,
  turnoverGroup: value,
  vatCode: value,
  vatPercentage: value,
  purchasePrice: value,
  priceIncl: value,
  priceExcl: value,
  supplierArticleNumber: value,
  webshop: value,
  categoryIds: categoryIdSet,
  stockArticle: value,
  discontinued: value
}

export const productShape: Shape = {
  productNumber: value,
  description: value,
  extraText: value,
  articleList: { article: articleShape },
  groupNumbers: value
}

const addressShape: Shape = {
  addressId: value,
  name: value,
  contact: value,
  address: value,
  zipcode: value,
  city: value,
  country: value,
  label: value,
  companyName: value
}

const lineDataShape: Shape = {
  quantity: value,
  decimalPlaces: value,
  price: value,
  priceExcl: value,
  turnoverGroup: value,
  vatCode: value,
  vatPercentage: value,
  discountPercentage: value,
  discountAmount: value,
  totalInclAmount: value,
  totalExclAmount: value
}

const paymentShape: Shape = {
  method: value,
  description: value,
  amount: value,
  externalReference: value
}

export const orderShape: Shape = {
  orderId: value,
  extOrderId: value,
  orderType: value,
  entryBranchNumber: value,
  employeeNumber: value,
  entryTimestamp: soapDateTime,
  relationNumber: value,
  deliveryAddress: addressShape,
  invoiceAddress: addressShape,
  financialDate: soapDate,
  financialBranchNumber: value,
  workplaceNumber: value,
  reference: value,
  vatMethod: value,
  deliveryMethod: value,
  paymentMethod: value,
  lineList: { line: { articleNumber: value, pluNumber: value, text: value, data: lineDataShape } },
  vatCountryIso3: value
}

const syncPaging = { syncMarker: value, syncMarkerLimit: value } as const
const salesFilters = {
  ...syncPaging,
  fromFinancialDate: soapDate,
  throughFinancialDate: soapDate,
  branchNumbers: value,
  relationNumbers: value,
  articlePluNumbers: textList,
  articleBarcodes: textList
} as const

/** Shapes of each operation's body (the operation element's children). */
export const operationShapes = {
  getApiVersion: {},
  getBranches: {},
  getVatGroupList: {},
  getPaymentMethods: {},
  getDeliveryMethods: {},
  getCurrentSyncMarkers: {},
  /** Only the include flags this client can ask for, in the WSDL's order. */
  getCurrentSyncMarkersV2: {
    request: {
      includeArticleSyncMarker: value,
      includeArticleGroupSyncMarker: value,
      includeRelationSyncMarker: value,
      includeEmployeeSyncMarker: value,
      includeInvoiceSyncMarker: value,
      includeReceiptSyncMarker: value,
      includeOrderSyncMarker: value,
      includeStockId: value,
      includePurchaseOrderSyncMarker: value,
      includePurchaseDeliverySyncMarker: value
    }
  },
  getEmployees: { request: { employeeNumbers: value, ...syncPaging } },
  getTurnoverGroups: { request: { onlyActive: value } },
  getPaymentMethodsV2: { request: { paymentMethodTypes: value } },
  getArticleGroups: {
    request: { ...syncPaging, groupNumbers: value, retrieveArticleNumbers: value }
  },
  newArticleGroup: {
    request: { parentGroupNumber: value, name: value, text: value, sortOrder: value }
  },
  updateArticleGroup: {
    request: {
      groupNumber: value,
      name: value,
      text: value,
      sortOrder: value,
      parentGroupNumber: value
    }
  },
  addProductsToArticleGroup: {
    request: { groupNumber: value, position: value, productNumbers: { number: value } }
  },
  getRelations: { request: { relationNumbers: value, categoryId: value, ...syncPaging } },
  getRelation: { relationNumber: value },
  findRelation: { relation: relationShape },
  findRelationV2: { request: { relation: relationShape, exactMatch: value } },
  createRelation: { relation: relationShape },
  updateRelation: { relation: relationShape },
  getProducts: {
    request: {
      articleNumbers: value,
      groupNumbers: value,
      pluNumbers: textList,
      onlyWebshop: value,
      onlyActive: value,
      ...syncPaging,
      includeAllArticlesOfSelectedProducts: value,
      productNumbers: value
    }
  },
  createProduct: { product: productShape },
  updateProduct: { product: productShape },
  getStock: {
    request: { branchNumber: value, articleNumbers: { articleNumbers: value }, stockId: value }
  },
  setStock: {
    request: {
      branchNumber: value,
      articleNumber: value,
      amount: value,
      decimalPlaces: value,
      employeeNumber: value,
      reference: value
    }
  },
  updateStock: {
    request: {
      branchNumber: value,
      articleNumber: value,
      amountChanged: value,
      decimalPlaces: value,
      employeeNumber: value,
      reference: value
    }
  },
  getStockHistoryV2: {
    request: {
      branchNumbers: value,
      articleNumbers: { articleNumbers: value },
      sinceStockId: value,
      sinceStockIdLimit: value
    }
  },
  createOrder: { order: orderShape },
  createOrderV2: { request: { order: orderShape } },
  createOrderV3: {
    request: {
      idempotencyKey: value,
      order: orderShape,
      prepay: value,
      paymentList: { payment: paymentShape }
    }
  },
  findOrder: { extOrderId: value },
  getOrder: { orderId: value },
  getOrders: { request: { ...salesFilters, orderIds: value, includeLineList: value } },
  getOrdersByExtOrderIds: { request: { ...syncPaging, extOrderIds: { id: value } } },
  getInvoices: { request: { ...salesFilters, invoiceIds: value, includeLineList: value } },
  getInvoice: { invoiceId: value },
  findInvoice: { extInvoiceId: value },
  getReceipts: { request: { ...salesFilters, receiptIds: value, includeLineList: value } },
  getReceipt: { receiptId: value }
} satisfies Record<string, Shape>

export type MplusOperation = keyof typeof operationShapes
