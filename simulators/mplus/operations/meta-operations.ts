import { soapDate, soapDateTime } from '../mplus-dates'
import { pageBySyncMarker, type ArticleGroupRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  limitOf,
  numbersOf,
  read,
  requestOf,
  write,
  type OperationContext,
  type OperationSpec
} from './context'

/** Version of the WSDL the simulator serves (reference §0). */
export const simulatedApiVersion = { majorNumber: 67, minorNumber: 1, revisionNumber: 3 }

function groupTree(
  group: ArticleGroupRecord,
  context: OperationContext,
  withArticles: boolean
): PlainObject {
  const children = [...context.state.articleGroups.values()]
    .filter((g) => g.parentGroupNumber === group.groupNumber && !g.isDeleted)
    .sort((a, b) => a.sortOrder - b.sortOrder)
  return {
    ...groupFields(group, context, withArticles),
    subGroupList: {
      articleGroups: children.map((child) => groupTree(child, context, withArticles))
    }
  }
}

function groupFields(
  group: ArticleGroupRecord,
  context: OperationContext,
  withArticles: boolean
): PlainObject {
  const articleNumbers = withArticles
    ? group.productNumbers.flatMap(
        (p) => context.state.products.get(p)?.articleList.article.map((a) => a.articleNumber) ?? []
      )
    : undefined
  return {
    groupNumber: group.groupNumber,
    syncMarker: group.syncMarker,
    name: group.name,
    text: group.text,
    sortOrder: group.sortOrder,
    productNumbers: { number: group.productNumbers },
    articleNumbers: articleNumbers ? { number: articleNumbers } : undefined,
    isDeleted: group.isDeleted
  }
}

function touchGroup(group: ArticleGroupRecord, context: OperationContext): void {
  group.syncMarker = ++context.state.counters.articleGroupSyncMarker
}

/** The high-water marks of every entity the simulator keeps (GetCurrentSyncMarkers(V2)Response names). */
function currentMarkers(context: OperationContext): Record<string, number> {
  const c = context.state.counters
  return {
    articleSyncMarker: c.articleSyncMarker,
    articleGroupSyncMarker: c.articleGroupSyncMarker,
    relationSyncMarker: c.relationSyncMarker,
    employeeSyncMarker: c.employeeSyncMarker,
    invoiceSyncMarker: c.invoiceSyncMarker,
    receiptSyncMarker: c.receiptSyncMarker,
    orderSyncMarker: c.orderSyncMarker,
    stockId: c.stockId,
    purchaseOrderSyncMarker: c.purchaseOrderSyncMarker,
    purchaseDeliverySyncMarker: c.purchaseDeliverySyncMarker
  }
}

/** articleSyncMarker → includeArticleSyncMarker, stockId → includeStockId (the V2 request's flags). */
function includeFlagOf(marker: string): string {
  return `include${marker[0].toUpperCase()}${marker.slice(1)}`
}

export const metaOperations: Record<string, OperationSpec> = {
  getApiVersion: read((_body, context) => ({
    ...simulatedApiVersion,
    serviceDate: soapDate(context.now()),
    serviceDateTime: soapDateTime(context.now()),
    inDebugMode: false,
    serviceVersionDisplayString: 'MplusKASSA simulator (Kassabrug)'
  })),
  getBranches: read((_body, context) => ({ branches: { branch: context.state.branches } })),
  getEmployees: read((body, context) => {
    const request = requestOf(body)
    const wanted = numbersOf(request.employeeNumbers)
    let employees = [...context.state.employees.values()]
    if (wanted.length > 0) employees = employees.filter((e) => wanted.includes(e.employeeNumber))
    const page = pageBySyncMarker(employees, Number(request.syncMarker ?? 0), limitOf(request))
    return { employeeList: { employee: page } }
  }),
  getVatGroupList: read((_body, context) => ({ vatGroup: context.state.vatGroups })),
  getTurnoverGroups: read((_body, context) => ({
    turnoverGroupList: { turnoverGroup: context.state.turnoverGroups }
  })),
  getPaymentMethods: read((_body, context) => ({
    paymentMethodList: { paymentMethod: context.state.paymentMethods }
  })),
  getPaymentMethodsV2: read((body, context) => {
    const types = (requestOf(body).paymentMethodTypes as string[] | undefined) ?? []
    const methods = context.state.paymentMethods.filter(
      (m) => types.length === 0 || types.includes(String(m.type))
    )
    return { paymentMethodList: { paymentMethod: methods } }
  }),
  getDeliveryMethods: read((_body, context) => ({
    deliveryMethodList: { deliveryMethod: context.state.deliveryMethods }
  })),
  getCurrentSyncMarkers: read((_body, context) => currentMarkers(context)),
  getCurrentSyncMarkersV2: read((body, context) => {
    // Only the markers whose include flag is true come back (reference §6); markers of entities the
    // simulator does not keep (proposals, activities, …) are never included.
    const request = requestOf(body)
    const markers = currentMarkers(context)
    return Object.fromEntries(
      Object.entries(markers).filter(([name]) => request[includeFlagOf(name)] === true)
    )
  }),
  getArticleGroups: read((body, context) => {
    const request = requestOf(body)
    const withArticles = request.retrieveArticleNumbers === true
    const groups = [...context.state.articleGroups.values()]
    if (request.syncMarker !== undefined) {
      // With a syncMarker the changed groups (deleted ones included) come back flat, each without
      // its subtree: the WSDL documents deleted groups for this mode; the flat shape is an assumption.
      const page = pageBySyncMarker(groups, Number(request.syncMarker), limitOf(request))
      return {
        articleGroupList: {
          articleGroups: page.map((g) => ({
            ...groupFields(g, context, withArticles),
            subGroupList: {}
          }))
        }
      }
    }
    const topLevel = numbersOf(request.groupNumbers)
    const roots = groups
      .filter((g) => g.parentGroupNumber === 0 && !g.isDeleted)
      .filter((g) => topLevel.length === 0 || topLevel.includes(g.groupNumber))
      .sort((a, b) => a.sortOrder - b.sortOrder)
    return {
      articleGroupList: { articleGroups: roots.map((g) => groupTree(g, context, withArticles)) }
    }
  }),
  getArticleGroupChanges: read((body, context) => {
    const request = requestOf(body)
    const page = pageBySyncMarker(
      context.state.articleGroups.values(),
      Number(request.syncMarker ?? 0),
      limitOf(request)
    )
    return {
      changedArticleGroupList: {
        changedArticleGroups: page.map((g) => ({
          groupNumber: g.groupNumber,
          parentGroupNumber: g.parentGroupNumber,
          syncMarker: g.syncMarker,
          name: g.name,
          text: g.text,
          subGroupNumbers: {
            number: [...context.state.articleGroups.values()]
              .filter((c) => c.parentGroupNumber === g.groupNumber)
              .map((c) => c.groupNumber)
          },
          sortOrder: g.sortOrder,
          productNumbers: { number: g.productNumbers },
          isDeleted: g.isDeleted
        }))
      }
    }
  }),
  newArticleGroup: write((body, context) => {
    const request = requestOf(body)
    const parent = Number(request.parentGroupNumber)
    if (parent !== 0 && !context.state.articleGroups.has(parent)) {
      return { result: 'NEW-ARTICLE-GROUP-RESULT-PARENT-NOTFOUND', groupNumber: 0 }
    }
    const group: ArticleGroupRecord = {
      groupNumber: context.state.counters.nextGroupNumber++,
      parentGroupNumber: parent,
      name: String(request.name),
      text: String(request.text),
      sortOrder: Number(request.sortOrder ?? 0),
      syncMarker: 0,
      productNumbers: [],
      isDeleted: false
    }
    touchGroup(group, context)
    context.state.articleGroups.set(group.groupNumber, group)
    return { result: 'NEW-ARTICLE-GROUP-RESULT-OK', groupNumber: group.groupNumber }
  }),
  updateArticleGroup: write((body, context) => {
    const request = requestOf(body)
    const group = context.state.articleGroups.get(Number(request.groupNumber))
    if (!group || group.isDeleted) return { result: 'SAVE-ARTICLE-GROUP-RESULT-NOT-FOUND' }
    if (request.parentGroupNumber !== undefined) {
      const parent = Number(request.parentGroupNumber)
      if (parent !== 0 && !context.state.articleGroups.has(parent))
        return { result: 'SAVE-ARTICLE-GROUP-RESULT-FAILED' }
      group.parentGroupNumber = parent
    }
    if (request.name !== undefined) group.name = String(request.name)
    if (request.text !== undefined) group.text = String(request.text)
    if (request.sortOrder !== undefined) group.sortOrder = Number(request.sortOrder)
    touchGroup(group, context)
    return { result: 'SAVE-ARTICLE-GROUP-RESULT-OK' }
  }),
  addProductsToArticleGroup: write((body, context) => {
    const request = requestOf(body)
    const group = context.state.articleGroups.get(Number(request.groupNumber))
    if (!group || group.isDeleted)
      return { result: 'ADD-PRODUCTS-TO-ARTICLE-GROUP-RESULT-NOT-FOUND' }
    const productNumbers = numbersOf((request.productNumbers as PlainObject).number)
    if (productNumbers.some((p) => !context.state.products.has(p)))
      return { result: 'ADD-PRODUCTS-TO-ARTICLE-GROUP-RESULT-FAILED' }
    const fresh = productNumbers.filter((p) => !group.productNumbers.includes(p))
    const position = Number(request.position ?? 0)
    if (position > 0) group.productNumbers.splice(position - 1, 0, ...fresh)
    else group.productNumbers.push(...fresh)
    for (const productNumber of fresh) {
      const product = context.state.products.get(productNumber)
      if (product && !product.groupNumbers.includes(group.groupNumber))
        product.groupNumbers.push(group.groupNumber)
    }
    touchGroup(group, context)
    return { result: 'ADD-PRODUCTS-TO-ARTICLE-GROUP-RESULT-OK' }
  })
}
