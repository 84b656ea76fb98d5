import { z } from 'zod'
import { ConnectorError } from '../connector-error'
import { iterateBySyncMarker as iterate, pageBySyncMarker, type PagingOptions } from './paging'
import * as schemas from './response-schemas'
import type { MplusCalls } from './soap-call'
import type {
  MplusPage,
  MplusProduct,
  MplusProductFields,
  MplusStockLine,
  MplusStockChange
} from './types'
import { productToWire, requireIdentifier } from './wire-mapping'

export interface StockPagingOptions {
  branchNumber: number
  /** Stock records with stockId ≥ this (store the last page's syncMarker, pass it + 1). */
  fromStockId?: number
  articleNumbers?: number[]
}

/** Products with their articles, and stock per branch (paged by stockId). */
export function productOperations({ call, confirmed }: MplusCalls) {
  const stockWrite = async (
    operation: 'setStock',
    request: MplusStockChange,
    resultEnum: z.ZodType<string>,
    ok: string
  ): Promise<{ stockId?: number }> => {
    requireIdentifier(operation, 'articleNumber', request.articleNumber)
    const response = await confirmed(
      'write',
      operation,
      { request: { ...request } },
      z.object({ result: resultEnum, stockId: schemas.long.optional() }),
      ok
    )
    return { stockId: response.stockId }
  }

  const operations = {
    async getProducts(
      options: PagingOptions & {
        productNumbers?: number[]
        articleNumbers?: number[]
        groupNumbers?: number[]
        onlyActive?: boolean
        onlyWebshop?: boolean
        includeAllArticlesOfSelectedProducts?: boolean
      } = {}
    ): Promise<MplusProduct[]> {
      const request = {
        articleNumbers: options.articleNumbers,
        groupNumbers: options.groupNumbers,
        // Required by the schema; the official generated client always sends it (empty).
        pluNumbers: {},
        onlyWebshop: options.onlyWebshop,
        onlyActive: options.onlyActive,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit,
        includeAllArticlesOfSelectedProducts: options.includeAllArticlesOfSelectedProducts,
        productNumbers: options.productNumbers
      }
      return call(
        'getProducts',
        { request },
        schemas.listResponse('productList', 'product', schemas.productSchema)
      )
    },

    /** syncMarkerLimit counts articles; a product is never split across pages. */
    iterateProducts(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusProduct>> {
      return iterate('getProducts', options, operations.getProducts)
    },

    async createProduct(
      product: MplusProductFields
    ): Promise<{ productNumber: number; articleNumbers: number[]; syncMarker?: number }> {
      if (product.articleList.length === 0) {
        throw new ConnectorError(
          'validation',
          'mplus',
          'createProduct: a product needs at least one article',
          { operation: 'createProduct' }
        )
      }
      const response = await confirmed(
        'write',
        'createProduct',
        { product: productToWire('createProduct', product) },
        z.object({
          result: schemas.resultEnums.createProduct,
          productNumber: schemas.long,
          articleNumbers: schemas.repeated(schemas.long),
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        }),
        'CREATE-PRODUCT-RESULT-OK'
      )
      return {
        productNumber: response.productNumber,
        articleNumbers: response.articleNumbers,
        syncMarker: response.syncMarker
      }
    },

    /** Articles with a known articleNumber are updated, others are added to the product. */
    async updateProduct(product: MplusProductFields & { productNumber: number }): Promise<{
      existingArticleNumbers: number[]
      newArticleNumbers: number[]
      syncMarker?: number
    }> {
      requireIdentifier('updateProduct', 'productNumber', product.productNumber)
      const response = await confirmed(
        'update',
        'updateProduct',
        { product: productToWire('updateProduct', product) },
        z.object({
          result: schemas.resultEnums.updateProduct,
          existingArticleNumbers: schemas.repeated(schemas.long),
          newArticleNumbers: schemas.repeated(schemas.long),
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        }),
        'UPDATE-PRODUCT-RESULT-OK'
      )
      return {
        existingArticleNumbers: response.existingArticleNumbers,
        newArticleNumbers: response.newArticleNumbers,
        syncMarker: response.syncMarker
      }
    },

    /** Stock per branch; with fromStockId only records changed since (empty articleNumbers = all). */
    async getStock(options: {
      branchNumber: number
      articleNumbers?: number[]
      stockId?: number
    }): Promise<MplusStockLine[]> {
      const request = {
        branchNumber: options.branchNumber,
        articleNumbers: { articleNumbers: options.articleNumbers },
        stockId: options.stockId
      }
      return call(
        'getStock',
        { request },
        schemas.repeatedResponse('articleStocks', schemas.stockLineSchema)
      )
    },

    /** getStock has no page size: one page with everything changed since fromStockId. */
    iterateStock(options: StockPagingOptions): AsyncGenerator<MplusPage<MplusStockLine>> {
      let done = false
      return pageBySyncMarker(
        'getStock',
        options.fromStockId ?? 1,
        async (from) => {
          if (done) return []
          done = true
          return operations.getStock({
            branchNumber: options.branchNumber,
            articleNumbers: options.articleNumbers,
            stockId: from
          })
        },
        (line) => line.stockId
      )
    },

    /** Absolute stock of one article at one branch. */
    async setStock(options: MplusStockChange & { amount: number }): Promise<{ stockId?: number }> {
      return stockWrite('setStock', options, schemas.resultEnums.setStock, 'SET-STOCK-RESULT-OK')
    }
  }
  return operations
}
