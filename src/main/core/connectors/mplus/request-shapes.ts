import { z } from 'zod'
import * as schemas from './response-schemas'
import type { Shape } from './soap-xml'

/**
 * Element order of every request this client sends, as the XSD sequences in the official WSDL
 * (API v67.1.3) define it. Only fields the client actually sends are listed, but always in their
 * schema position: a strict validator rejects out-of-order elements. The types the client reads
 * as well as sends (products with their articles, relations, orders, stock changes) take their
 * order from their one description in response-schemas.ts; the operations' own request
 * wrappers are listed here.
 */

const value = true

/**
 * The request shape of a described type: its fields in the schema's key order, nested types
 * likewise, the fields the server fills (`.readonly()`) left out.
 */
export function sentShape(schema: z.ZodType): true | Shape {
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>)
    return Object.fromEntries(
      fields
        .filter(([, field]) => !(field instanceof z.ZodReadonly))
        .map(([name, field]) => [name, sentShape(field)])
    )
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodReadonly)
    return sentShape(schema.unwrap() as z.ZodType)
  // A preprocess is a pipe out of a transform; any other pipe (a transform, a refinement) reads its input.
  if (schema instanceof z.ZodPipe)
    return sentShape((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType)
  if (schema instanceof z.ZodArray) return sentShape(schema.element as z.ZodType)
  return value
}

function objectShape(schema: z.ZodObject): Shape {
  return sentShape(schema) as Shape
}

const textList: Shape = { text: { text: value } }
const relationShape = objectShape(schemas.relationSchema)
const productShape = objectShape(schemas.productSchema)
const orderShape = objectShape(schemas.orderSchema)

const syncPaging = { syncMarker: value, syncMarkerLimit: value } as const
const salesFilters = {
  ...syncPaging,
  fromFinancialDate: sentShape(schemas.soapDate),
  throughFinancialDate: sentShape(schemas.soapDate),
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
  getRelations: { request: { relationNumbers: value, categoryId: value, ...syncPaging } },
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
  setStock: { request: objectShape(schemas.setStockRequestSchema) },
  createOrderV3: {
    request: {
      idempotencyKey: value,
      order: orderShape,
      prepay: value,
      paymentList: { payment: objectShape(schemas.paymentSchema) }
    }
  },
  findOrder: { extOrderId: value },
  getOrder: { orderId: value },
  getOrders: { request: { ...salesFilters, orderIds: value, includeLineList: value } },
  getInvoices: { request: { ...salesFilters, invoiceIds: value, includeLineList: value } },
  getInvoice: { invoiceId: value },
  getReceipts: { request: { ...salesFilters, receiptIds: value, includeLineList: value } },
  getReceipt: { receiptId: value }
} satisfies Record<string, Shape>

export type MplusOperation = keyof typeof operationShapes
