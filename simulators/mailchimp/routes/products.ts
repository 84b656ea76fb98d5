import { apiTimestamp, type SimulatorContext } from '../context'
import {
  arr,
  dateTime,
  int,
  num,
  obj,
  str,
  validateBody,
  withRequired,
  without
} from '../body-schema'
import { selfLinks } from '../links'
import { badRequest, invalidResource, notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import {
  mapFor,
  variantKey,
  type ProductRecord,
  type StoreRecord,
  type VariantRecord
} from '../state'
import { requireStore } from './stores'

/** Product responses embed at most this many variants (the rest via the variants collection). */
export const embeddedVariantLimit = 50

/** E_commerce_Product_Variant_1 (POST and PUT); PATCH has the same fields minus id, all optional. */
const variantSchema = obj(
  {
    id: str,
    title: str,
    url: str,
    sku: str,
    price: num,
    inventory_quantity: int,
    image_url: str,
    backorders: str,
    visibility: str
  },
  ['id', 'title']
)
const variantPatchSchema = withRequired(without(variantSchema, 'id'), [])

/** E_commerce_Product_1 (POST). */
const productPostSchema = obj(
  {
    id: str,
    title: str,
    handle: str,
    url: str,
    description: str,
    type: str,
    vendor: str,
    image_url: str,
    variants: arr(variantSchema, 1),
    images: arr(obj({ id: str, url: str, variant_ids: arr(str) }, ['id', 'url'])),
    published_at_foreign: dateTime
  },
  ['id', 'title', 'variants']
)
/** PATCH: all fields optional; its variants have no id, so they cannot address a variant. */
const productPatchSchema = withRequired(without(productPostSchema, 'id', 'variants'), [])
/** 2026 PUT (upsertStoreProduct): the POST body with only id required. */
const productPutSchema = withRequired(productPostSchema, ['id'])

type VariantInput = Partial<Omit<VariantRecord, 'created_at' | 'updated_at'>> & { id: string }
type ProductInput = Partial<Omit<ProductRecord, 'created_at' | 'updated_at'>> & {
  variants?: VariantInput[]
}

export function requireProduct(
  sim: SimulatorContext,
  storeId: string,
  productId: string
): ProductRecord {
  const product = sim.state.products.get(storeId)?.get(productId)
  if (!product) throw notFound()
  return product
}

export function variantsOf(
  sim: SimulatorContext,
  storeId: string,
  productId: string
): Map<string, VariantRecord> {
  return mapFor(sim.state.variants, variantKey(storeId, productId))
}

function renderVariant(
  sim: SimulatorContext,
  storeId: string,
  productId: string,
  variant: VariantRecord
): Record<string, unknown> {
  return {
    ...variant,
    _links: selfLinks(
      sim,
      `/ecommerce/stores/${storeId}/products/${productId}/variants/${variant.id}`
    )
  }
}

function renderProduct(
  sim: SimulatorContext,
  store: StoreRecord,
  product: ProductRecord
): Record<string, unknown> {
  const variants = [...variantsOf(sim, store.id, product.id).values()].slice(
    0,
    embeddedVariantLimit
  )
  return {
    ...product,
    currency_code: store.currency_code,
    variants: variants.map((variant) => renderVariant(sim, store.id, product.id, variant)),
    _links: selfLinks(sim, `/ecommerce/stores/${store.id}/products/${product.id}`)
  }
}

function upsertVariant(
  sim: SimulatorContext,
  storeId: string,
  productId: string,
  input: VariantInput
): VariantRecord {
  const variants = variantsOf(sim, storeId, productId)
  const existing = variants.get(input.id)
  const now = apiTimestamp(sim.now())
  const variant: VariantRecord = {
    title: '',
    url: '',
    sku: '',
    price: 0,
    inventory_quantity: 0,
    image_url: '',
    backorders: '',
    visibility: '',
    ...existing,
    ...input,
    created_at: existing?.created_at ?? now,
    updated_at: now
  }
  variants.set(variant.id, variant)
  return variant
}

function writeProduct(
  sim: SimulatorContext,
  store: StoreRecord,
  input: ProductInput & { id: string }
): ProductRecord {
  const products = mapFor(sim.state.products, store.id)
  const existing = products.get(input.id)
  if (!existing) {
    // Creating through PUT still needs what POST needs: a title and at least one variant.
    const missing = ['title', 'variants'].filter(
      (key) => input[key as keyof ProductInput] === undefined
    )
    if (missing.length > 0)
      throw invalidResource([
        { field: '', message: `Required fields were not provided: ${missing.join(', ')}` }
      ])
    if ((input.variants ?? []).length === 0)
      throw invalidResource([
        { field: 'variants', message: 'Array must contain at least 1 item(s).' }
      ])
  }
  const { variants, ...fields } = input
  const now = apiTimestamp(sim.now())
  const product: ProductRecord = {
    title: '',
    handle: '',
    url: '',
    description: '',
    type: '',
    vendor: '',
    image_url: '',
    images: [],
    published_at_foreign: '',
    ...existing,
    ...fields,
    created_at: existing?.created_at ?? now,
    updated_at: now
  }
  products.set(product.id, product)
  // Variants given are added or updated by id; absent ones stay (assumed for the 2026 PUT).
  for (const variant of variants ?? []) upsertVariant(sim, store.id, product.id, variant)
  return product
}

export function registerProductRoutes(router: Router): void {
  const base = '/ecommerce/stores/{store_id}/products'
  router.add('GET', base, ({ sim, params, query }) => {
    const store = requireStore(sim, params.store_id)
    const products = [...(sim.state.products.get(store.id)?.values() ?? [])]
    return {
      body: collection(
        'products',
        products,
        query,
        (product) => renderProduct(sim, store, product),
        { store_id: store.id }
      )
    }
  })
  router.add('POST', base, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    validateBody(productPostSchema, body)
    const input = body as ProductInput & { id: string }
    if (sim.state.products.get(store.id)?.has(input.id))
      throw badRequest(
        'We were unable to process the request. A product with the provided ID already exists in the account.'
      )
    return { body: renderProduct(sim, store, writeProduct(sim, store, input)) }
  })
  router.add('GET', `${base}/{product_id}`, ({ sim, params }) => {
    const store = requireStore(sim, params.store_id)
    return { body: renderProduct(sim, store, requireProduct(sim, store.id, params.product_id)) }
  })
  router.add('PATCH', `${base}/{product_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    requireProduct(sim, store.id, params.product_id)
    validateBody(productPatchSchema, body)
    const { id: _id, variants: _variants, ...changes } = body as ProductInput
    return {
      body: renderProduct(
        sim,
        store,
        writeProduct(sim, store, { ...changes, id: params.product_id })
      )
    }
  })
  router.add('PUT', `${base}/{product_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    validateBody(productPutSchema, body)
    const input = body as ProductInput & { id: string }
    if (input.id !== params.product_id)
      throw invalidResource([
        { field: 'id', message: 'The id in the body must match the product_id in the path.' }
      ])
    return { body: renderProduct(sim, store, writeProduct(sim, store, input)) }
  })
  router.add('DELETE', `${base}/{product_id}`, ({ sim, params }) => {
    requireStore(sim, params.store_id)
    if (!sim.state.products.get(params.store_id)?.delete(params.product_id)) throw notFound()
    sim.state.variants.delete(variantKey(params.store_id, params.product_id))
    return {}
  })
  registerVariantRoutes(router, `${base}/{product_id}/variants`)
}

/** The variants of the product a variant route addresses (404 when store or product is unknown). */
function variantScope(
  sim: SimulatorContext,
  params: Record<string, string>
): {
  variants: Map<string, VariantRecord>
  write: (input: VariantInput) => { body: Record<string, unknown> }
} {
  requireStore(sim, params.store_id)
  requireProduct(sim, params.store_id, params.product_id)
  return {
    variants: variantsOf(sim, params.store_id, params.product_id),
    write: (input) => ({
      body: renderVariant(
        sim,
        params.store_id,
        params.product_id,
        upsertVariant(sim, params.store_id, params.product_id, input)
      )
    })
  }
}

function registerVariantRoutes(router: Router, base: string): void {
  router.add('GET', base, ({ sim, params, query }) => {
    const variants = [...variantScope(sim, params).variants.values()]
    return {
      body: collection(
        'variants',
        variants,
        query,
        (variant) => renderVariant(sim, params.store_id, params.product_id, variant),
        { store_id: params.store_id, product_id: params.product_id }
      )
    }
  })
  router.add('POST', base, ({ sim, params, body }) => {
    const scope = variantScope(sim, params)
    validateBody(variantSchema, body)
    const input = body as VariantInput
    if (scope.variants.has(input.id))
      throw badRequest(
        'We were unable to process the request. A variant with the provided ID already exists for this product.'
      )
    return scope.write(input)
  })
  router.add('GET', `${base}/{variant_id}`, ({ sim, params }) => {
    const variant = variantScope(sim, params).variants.get(params.variant_id)
    if (!variant) throw notFound()
    return { body: renderVariant(sim, params.store_id, params.product_id, variant) }
  })
  router.add('PUT', `${base}/{variant_id}`, ({ sim, params, body }) => {
    const scope = variantScope(sim, params)
    validateBody(variantSchema, body)
    const input = body as VariantInput
    if (input.id !== params.variant_id)
      throw invalidResource([
        { field: 'id', message: 'The id in the body must match the variant_id in the path.' }
      ])
    return scope.write(input)
  })
  router.add('PATCH', `${base}/{variant_id}`, ({ sim, params, body }) => {
    const scope = variantScope(sim, params)
    if (!scope.variants.has(params.variant_id)) throw notFound()
    validateBody(variantPatchSchema, body)
    return scope.write({ ...(body as Partial<VariantInput>), id: params.variant_id })
  })
  router.add('DELETE', `${base}/{variant_id}`, ({ sim, params }) => {
    if (!variantScope(sim, params).variants.delete(params.variant_id)) throw notFound()
    return {}
  })
}
