import { soapDateTime } from '../mplus-dates'
import { stockKey, type ArticleRecord, type ProductRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  assignDefined,
  limitOf,
  numbersOf,
  read,
  write,
  requestOf,
  type OperationContext,
  type OperationSpec
} from './context'

const serverOwnedArticleFields = [
  'articleNumber',
  'syncMarker',
  'createTimestamp',
  'changeTimestamp',
  'averagePurchasePrice'
]

function articlesOf(product: PlainObject): PlainObject[] {
  return (
    ((product.articleList as PlainObject | undefined)?.article as PlainObject[] | undefined) ?? []
  )
}

/** New stock articles get a zero stock record at every branch, stamped with a fresh stockId. */
function openStock(article: ArticleRecord, context: OperationContext): void {
  if (article.stockArticle === false) return
  for (const branch of context.state.branches) {
    const key = stockKey(Number(branch.branchNumber), article.articleNumber)
    if (context.state.stock.has(key)) continue
    context.state.stock.set(key, {
      branchNumber: Number(branch.branchNumber),
      articleNumber: article.articleNumber,
      amountFree: 0,
      amountReserved: 0,
      amountIncoming: 0,
      decimalPlaces: 0,
      stockId: ++context.state.counters.stockId,
      changeTimestamp: soapDateTime(context.now())
    })
  }
}

/** Article numbers are numeric xsd:long; the simulator refuses zero and negatives as unusable keys. */
function takenArticleNumber(
  articles: PlainObject[],
  context: OperationContext,
  owner?: number
): number | undefined {
  for (const article of articles) {
    const number = article.articleNumber
    if (typeof number !== 'number') continue
    const currentOwner = context.state.articleOwners.get(number)
    if (currentOwner !== undefined && currentOwner !== owner) return number
  }
  return undefined
}

function newArticle(input: PlainObject, context: OperationContext, marker: number): ArticleRecord {
  const requested =
    typeof input.articleNumber === 'number' && input.articleNumber > 0
      ? input.articleNumber
      : undefined
  const articleNumber = requested ?? context.state.counters.nextArticleNumber++
  if (requested !== undefined && requested >= context.state.counters.nextArticleNumber)
    context.state.counters.nextArticleNumber = requested + 1
  const stamp = soapDateTime(context.now())
  const article: ArticleRecord = {
    articleNumber,
    syncMarker: marker,
    createTimestamp: stamp,
    changeTimestamp: stamp,
    active: true,
    stockArticle: true
  }
  assignDefined(article, input, serverOwnedArticleFields)
  return article
}

function productFilter(request: PlainObject, context: OperationContext): ProductRecord[] {
  const productNumbers = numbersOf(request.productNumbers)
  const articleNumbers = numbersOf(request.articleNumbers)
  const groupNumbers = numbersOf(request.groupNumbers)
  const pluNumbers = (
    ((request.pluNumbers as PlainObject | undefined)?.text as PlainObject[] | undefined) ?? []
  ).map((t) => String(t.text))
  const includeSiblings = request.includeAllArticlesOfSelectedProducts === true
  const from = Number(request.syncMarker ?? 0)
  const result: ProductRecord[] = []
  for (const product of context.state.products.values()) {
    if (product.syncMarker < from) continue
    if (productNumbers.length > 0 && !productNumbers.includes(product.productNumber)) continue
    if (groupNumbers.length > 0 && !product.groupNumbers.some((g) => groupNumbers.includes(g)))
      continue
    let articles = product.articleList.article
    const selectsArticles = articleNumbers.length > 0 || pluNumbers.length > 0
    const selected = articles.filter(
      (a) =>
        articleNumbers.includes(a.articleNumber) || pluNumbers.includes(String(a.pluNumber ?? ''))
    )
    if (selectsArticles && selected.length === 0) continue
    // Restricting to the requested articles unless includeAllArticlesOfSelectedProducts is inferred
    // from the field name (UNCONFIRMED, reference §7.3).
    if (selectsArticles && !includeSiblings) articles = selected
    if (request.onlyActive === true) articles = articles.filter((a) => a.active !== false)
    if (request.onlyWebshop === true) articles = articles.filter((a) => a.webshop === true)
    if (articles.length === 0 && (request.onlyActive === true || request.onlyWebshop === true))
      continue
    result.push(
      articles === product.articleList.article
        ? product
        : { ...product, articleList: { article: articles } }
    )
  }
  return result.sort((a, b) => a.syncMarker - b.syncMarker)
}

export const productOperations: Record<string, OperationSpec> = {
  getProducts: read((body, context) => {
    const request = requestOf(body)
    const limit = limitOf(request)
    // syncMarkerLimit counts articles, but the first product is always returned whole (API 10.0.0).
    const page: ProductRecord[] = []
    let articleCount = 0
    for (const product of productFilter(request, context)) {
      const size = product.articleList.article.length
      if (page.length > 0 && articleCount + size > limit) break
      page.push(product)
      articleCount += size
      if (articleCount >= limit) break
    }
    return { productList: { product: page } }
  }),
  createProduct: write((body, context) => {
    const input = body.product as PlainObject
    const fail = (result: string, errorMessage: string): PlainObject => ({
      result,
      productNumber: 0,
      articleNumbers: [],
      errorMessage
    })
    const inputArticles = articlesOf(input)
    if (inputArticles.length === 0)
      return fail('CREATE-PRODUCT-RESULT-FAILED', 'A product needs at least one article')
    const requested =
      typeof input.productNumber === 'number' && input.productNumber > 0
        ? input.productNumber
        : undefined
    if (requested !== undefined && context.state.products.has(requested)) {
      return fail(
        'CREATE-PRODUCT-RESULT-FAILED-PRODUCT-NUMBER-ALREADY-TAKEN',
        `Product number ${requested} is already taken`
      )
    }
    const taken = takenArticleNumber(inputArticles, context)
    if (taken !== undefined)
      return fail(
        'CREATE-PRODUCT-RESULT-FAILED-ARTICLE-NUMBER-ALREADY-TAKEN',
        `Article number ${taken} is already taken`
      )
    const marker = ++context.state.counters.articleSyncMarker
    const productNumber = requested ?? context.state.counters.nextProductNumber++
    if (requested !== undefined && requested >= context.state.counters.nextProductNumber)
      context.state.counters.nextProductNumber = requested + 1
    const articles = inputArticles.map((a) => newArticle(a, context, marker))
    const product: ProductRecord = {
      productNumber,
      syncMarker: marker,
      description: input.description,
      extraText: input.extraText,
      groupNumbers: numbersOf(input.groupNumbers),
      articleList: { article: articles },
      sortOrderGroupList: input.sortOrderGroupList
    }
    context.state.products.set(productNumber, product)
    for (const article of articles) {
      context.state.articleOwners.set(article.articleNumber, productNumber)
      openStock(article, context)
    }
    return {
      result: 'CREATE-PRODUCT-RESULT-OK',
      productNumber,
      articleNumbers: articles.map((a) => a.articleNumber),
      changeTimestamp: soapDateTime(context.now()),
      syncMarker: marker,
      errorMessage: ''
    }
  }),
  updateProduct: write((body, context) => {
    const input = body.product as PlainObject
    const product = context.state.products.get(Number(input.productNumber))
    const fail = (result: string, errorMessage: string): PlainObject => ({
      result,
      existingArticleNumbers: [],
      newArticleNumbers: [],
      errorMessage
    })
    if (!product)
      return fail(
        'UPDATE-PRODUCT-RESULT-NOT-FOUND',
        `Product ${String(input.productNumber)} not found`
      )
    const inputArticles = articlesOf(input)
    const taken = takenArticleNumber(inputArticles, context, product.productNumber)
    if (taken !== undefined)
      return fail(
        'UPDATE-PRODUCT-RESULT-FAILED-ARTICLE-NUMBER-ALREADY-TAKEN',
        `Article number ${taken} belongs to another product`
      )
    const marker = ++context.state.counters.articleSyncMarker
    const stamp = soapDateTime(context.now())
    const existingArticleNumbers: number[] = []
    const newArticleNumbers: number[] = []
    for (const inputArticle of inputArticles) {
      const existing = product.articleList.article.find(
        (a) => a.articleNumber === inputArticle.articleNumber
      )
      if (existing) {
        assignDefined(existing, inputArticle, serverOwnedArticleFields)
        existing.syncMarker = marker
        existing.changeTimestamp = stamp
        existingArticleNumbers.push(existing.articleNumber)
      } else {
        // Articles sent without a known number are created inside the product (inferred from
        // newArticleNumbers in the response; UNCONFIRMED, reference §7.3).
        const article = newArticle(inputArticle, context, marker)
        product.articleList.article.push(article)
        context.state.articleOwners.set(article.articleNumber, product.productNumber)
        openStock(article, context)
        newArticleNumbers.push(article.articleNumber)
      }
    }
    // Partial update of product fields (replacement semantics UNCONFIRMED, reference §10.6).
    if (input.description !== undefined) product.description = input.description
    if (input.extraText !== undefined) product.extraText = input.extraText
    if (Array.isArray(input.groupNumbers) && input.groupNumbers.length > 0)
      product.groupNumbers = numbersOf(input.groupNumbers)
    product.syncMarker = marker
    return {
      result: 'UPDATE-PRODUCT-RESULT-OK',
      existingArticleNumbers,
      newArticleNumbers,
      changeTimestamp: stamp,
      syncMarker: marker,
      errorMessage: ''
    }
  })
}
