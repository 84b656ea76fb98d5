import { ConnectorError } from '../../connector-error'
import { checkFiniteNumber, checkId, checkNotEmpty } from '../input-checks'
import type { Page } from '../paging'
import {
  Product,
  ProductsCount,
  ProductsPage,
  Variant,
  type ProductCreate,
  type ProductUpdate,
  type ProductUpsert,
  type VariantUpdate,
  type VariantUpsert
} from '../types'
/** The toolkit every resource is built with. */
import * as resource from './context'

const productTemplate = `${resource.storeTemplate}/products/{product_id}`
const variantTemplate = `${productTemplate}/variants/{variant_id}`

function checkVariant(variant: VariantUpsert, field: string): void {
  checkId(variant.id, `${field}.id`)
  checkId(variant.title, `${field}.title`)
  checkFiniteNumber(variant.price, `${field}.price`)
  if (variant.inventory_quantity !== undefined && !Number.isInteger(variant.inventory_quantity))
    throw new ConnectorError(
      'validation',
      'mailchimp',
      `${field}.inventory_quantity must be a whole number.`,
      {
        fieldErrors: [{ field: `${field}.inventory_quantity`, message: 'must be a whole number' }]
      }
    )
}

function checkVariants(variants: readonly VariantUpsert[] | undefined): void {
  variants?.forEach((variant, index) => checkVariant(variant, `variants[${index}]`))
}

/** The 2026 product PUT, checked before it is sent. */
function productPut(storeId: string, product: ProductUpsert): resource.WriteSpec {
  checkId(product.id, 'id')
  checkVariants(product.variants)
  const params = { store_id: storeId, product_id: product.id }
  return { method: 'PUT', template: productTemplate, params, body: product }
}

/** A store's products and their variants. */
export function productsResource(context: resource.ResourceContext) {
  const { request } = context
  return {
    createProduct(storeId: string, product: ProductCreate): Promise<Product> {
      checkId(product.id, 'id')
      checkId(product.title, 'title')
      checkNotEmpty(product.variants, 'variants', `Product ${product.id}`)
      checkVariants(product.variants)
      return request({
        method: 'POST',
        template: `${resource.storeTemplate}/products`,
        params: { store_id: storeId },
        body: product,
        schema: Product
      })
    },
    updateProduct: (storeId: string, productId: string, changes: ProductUpdate) =>
      request({
        method: 'PATCH',
        template: productTemplate,
        params: { store_id: storeId, product_id: productId },
        body: changes,
        schema: Product
      }),
    /** 2026 PUT: creates (then title and a variant are needed) or updates; given variants are upserted. */
    upsertProduct: (storeId: string, product: ProductUpsert): Promise<Product> =>
      request({ ...productPut(storeId, product), schema: Product }),
    /** The same product PUT as one operation of a batch. */
    productUpsertOperation: (storeId: string, product: ProductUpsert, operationId: string) =>
      resource.batchOperation(productPut(storeId, product), operationId),
    getProduct: (storeId: string, productId: string) =>
      resource.getOrNull(
        context,
        productTemplate,
        { store_id: storeId, product_id: productId },
        Product
      ),
    /** How many products the store holds (one small read: total_items only). */
    countProducts: async (storeId: string): Promise<number> =>
      (
        await context.request({
          method: 'GET',
          template: `${resource.storeTemplate}/products`,
          params: { store_id: storeId },
          query: { count: 1, fields: 'total_items' },
          schema: ProductsCount
        })
      ).total_items,
    iterateProducts: (
      storeId: string,
      options: resource.ListPageOptions = {}
    ): AsyncGenerator<Page<Product>> =>
      resource.pagedCollection(
        context,
        {
          template: `${resource.storeTemplate}/products`,
          params: { store_id: storeId },
          schema: ProductsPage,
          items: (page) => page.products
        },
        options.pageSize ?? 100
      ),

    upsertVariant(storeId: string, productId: string, variant: VariantUpsert): Promise<Variant> {
      checkVariant(variant, 'variant')
      return request({
        method: 'PUT',
        template: variantTemplate,
        params: { store_id: storeId, product_id: productId, variant_id: variant.id },
        body: variant,
        schema: Variant
      })
    },
    updateVariant: (
      storeId: string,
      productId: string,
      variantId: string,
      changes: VariantUpdate
    ): Promise<Variant> =>
      resource.patchPriced(
        context,
        variantTemplate,
        { store_id: storeId, product_id: productId, variant_id: variantId },
        changes,
        Variant
      ),
    /** The same variant PATCH as one operation of a batch (runBatch), reported under `operationId`. */
    variantUpdateOperation(
      storeId: string,
      productId: string,
      variantId: string,
      changes: VariantUpdate,
      operationId: string
    ) {
      checkFiniteNumber(changes.price, 'price')
      return resource.batchOperation(
        {
          method: 'PATCH',
          template: variantTemplate,
          params: { store_id: storeId, product_id: productId, variant_id: variantId },
          body: changes
        },
        operationId
      )
    },
    getVariant: (storeId: string, productId: string, variantId: string) =>
      resource.getOrNull(
        context,
        variantTemplate,
        { store_id: storeId, product_id: productId, variant_id: variantId },
        Variant
      )
  }
}
