import { ConnectorError } from '../connector-error'
import { soapDateFromIso, soapDateTimeFromInstant } from './mplus-values'
import type { WireObject } from './soap-xml'
import type {
  MplusArticleFields,
  MplusOrderInput,
  MplusProductFields,
  MplusRelationFields
} from './types'

/**
 * Domain inputs → wire objects for the request shapes, with the checks that belong before sending:
 * numeric identifiers, integer cents, non-negative integer quantities, real calendar dates.
 */

function invalid(operation: string, field: string, message: string): ConnectorError {
  return new ConnectorError('validation', 'mplus', `${operation}: ${field} ${message}`, {
    operation,
    fieldErrors: [{ field, message }]
  })
}

export function requireIdentifier(operation: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(
      operation,
      field,
      `must be a positive whole number (got ${JSON.stringify(value)})`
    )
  }
  return value
}

function requireInteger(
  operation: string,
  field: string,
  value: number | undefined,
  options: { min?: number } = {}
): number | undefined {
  if (value === undefined) return undefined
  if (!Number.isSafeInteger(value))
    throw invalid(operation, field, `must be a whole number (got ${value})`)
  if (options.min !== undefined && value < options.min)
    throw invalid(operation, field, `must be at least ${options.min} (got ${value})`)
  return value
}

function isoDate(
  operation: string,
  field: string,
  value: string | undefined
): WireObject | undefined {
  if (value === undefined) return undefined
  try {
    return { ...soapDateFromIso(value) }
  } catch (error) {
    throw invalid(operation, field, (error as Error).message)
  }
}

function relationFieldsToWire(
  operation: string,
  fields: MplusRelationFields,
  path: string
): WireObject {
  const { birthDate, categoryIds, contactList, creditLimit, ...rest } = fields
  return {
    ...rest,
    birthDate: isoDate(operation, `${path}birthDate`, birthDate),
    categoryIds: categoryIds ? { category: categoryIds } : undefined,
    creditLimit: requireInteger(operation, `${path}creditLimit`, creditLimit),
    contactList: contactList
      ? {
          relation: contactList.map((contact, index) =>
            relationFieldsToWire(
              operation,
              { ...contact, contactList: undefined },
              `${path}contactList[${index}].`
            )
          )
        }
      : undefined
  }
}

export function relationToWire(
  operation: string,
  fields: MplusRelationFields & { relationNumber?: number }
): WireObject {
  const { relationNumber, ...rest } = fields
  return {
    relationNumber:
      relationNumber === undefined
        ? undefined
        : requireIdentifier(operation, 'relationNumber', relationNumber),
    ...relationFieldsToWire(operation, rest, '')
  }
}

function articleToWire(operation: string, article: MplusArticleFields, index: number): WireObject {
  const path = `articleList[${index}].`
  const { categoryIds, ...rest } = article
  return {
    ...rest,
    articleNumber:
      article.articleNumber === undefined
        ? undefined
        : requireIdentifier(operation, `${path}articleNumber`, article.articleNumber),
    purchasePrice: requireInteger(operation, `${path}purchasePrice`, article.purchasePrice),
    priceIncl: requireInteger(operation, `${path}priceIncl`, article.priceIncl),
    priceExcl: requireInteger(operation, `${path}priceExcl`, article.priceExcl),
    categoryIds: categoryIds ? { category: categoryIds } : undefined
  }
}

export function productToWire(operation: string, product: MplusProductFields): WireObject {
  return {
    productNumber:
      product.productNumber === undefined
        ? undefined
        : requireIdentifier(operation, 'productNumber', product.productNumber),
    description: product.description,
    extraText: product.extraText,
    articleList: {
      article: product.articleList.map((article, index) => articleToWire(operation, article, index))
    },
    groupNumbers: product.groupNumbers
  }
}

export function orderToWire(operation: string, order: MplusOrderInput): WireObject {
  if (order.extOrderId.trim() === '') throw invalid(operation, 'extOrderId', 'must not be empty')
  if (order.lineList.length === 0) throw invalid(operation, 'lineList', 'needs at least one line')
  let entryTimestamp: WireObject | undefined
  if (order.entryTimestamp !== undefined) {
    try {
      entryTimestamp = { ...soapDateTimeFromInstant(order.entryTimestamp) }
    } catch (error) {
      throw invalid(operation, 'entryTimestamp', (error as Error).message)
    }
  }
  return {
    // orderId is required by the schema; the server assigns it, so a new order sends it empty.
    orderId: '',
    extOrderId: order.extOrderId,
    orderType: order.orderType,
    entryBranchNumber: order.entryBranchNumber,
    employeeNumber: requireIdentifier(operation, 'employeeNumber', order.employeeNumber),
    entryTimestamp,
    relationNumber: requireIdentifier(operation, 'relationNumber', order.relationNumber),
    deliveryAddress: order.deliveryAddress ? { ...order.deliveryAddress } : undefined,
    invoiceAddress: order.invoiceAddress ? { ...order.invoiceAddress } : undefined,
    financialDate: isoDate(operation, 'financialDate', order.financialDate),
    financialBranchNumber: order.financialBranchNumber,
    workplaceNumber: order.workplaceNumber,
    reference: order.reference,
    vatMethod: order.vatMethod,
    deliveryMethod: order.deliveryMethod,
    paymentMethod: order.paymentMethod,
    lineList: {
      line: order.lineList.map((line, index) => {
        const path = `lineList[${index}].`
        const decimalPlaces = requireInteger(
          operation,
          `${path}data.decimalPlaces`,
          line.data.decimalPlaces ?? 0,
          { min: 0 }
        )
        if (decimalPlaces !== undefined && decimalPlaces > 9)
          throw invalid(operation, `${path}data.decimalPlaces`, 'must be at most 9')
        return {
          articleNumber: requireIdentifier(operation, `${path}articleNumber`, line.articleNumber),
          pluNumber: line.pluNumber,
          text: line.text,
          data: {
            ...line.data,
            quantity: requireInteger(operation, `${path}data.quantity`, line.data.quantity, {
              min: 0
            }),
            decimalPlaces,
            price: requireInteger(operation, `${path}data.price`, line.data.price),
            priceExcl: requireInteger(operation, `${path}data.priceExcl`, line.data.priceExcl),
            discountAmount: requireInteger(
              operation,
              `${path}data.discountAmount`,
              line.data.discountAmount,
              { min: 0 }
            )
          }
        }
      })
    },
    vatCountryIso3: order.vatCountryIso3
  }
}
