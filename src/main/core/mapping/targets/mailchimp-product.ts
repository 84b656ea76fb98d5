import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldLimits } from './field-limits'
import { fieldsUnder } from './target-field'

/**
 * Mailchimp e-commerce product and variant bodies (OpenAPI 3.0.55, which states no lengths for
 * them: ours are in field-limits.ts). `currency_code` is not here:
 * it is read-only on products (inherited from the store). Variants carry no barcode field; an
 * EAN goes into `sku` when the shop keys its products by barcode.
 */
const productType = 'POST /ecommerce/stores/{store_id}/products'
const variantType = 'PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}'

export function productSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits[productType])
  return {
    prefix,
    system: 'mailchimp',
    referenceType: productType,
    fields: [
      f('id', 'string', 'Product id (written on create; a PATCH body has none)', {
        required: true
      }),
      f('title', 'string', 'Title', { required: true }),
      f('handle', 'string', 'Handle (URL slug)'),
      f('url', 'string', 'Product page URL'),
      f('description', 'string', 'Description'),
      f('type', 'string', 'Product type (category)'),
      f('vendor', 'string', 'Vendor or brand'),
      f('image_url', 'string', 'Image URL'),
      f('published_at_foreign', 'string', 'Publication date (ISO 8601)')
    ]
  }
}

export function variantSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits[variantType])
  return {
    prefix,
    system: 'mailchimp',
    referenceType: variantType,
    fields: [
      f('id', 'string', 'Variant id', { required: true }),
      f('title', 'string', 'Variant title', { required: true }),
      f('url', 'string', 'Variant page URL'),
      f('sku', 'string', 'SKU'),
      f('price', 'number', 'Price'),
      f('image_url', 'string', 'Image URL'),
      f('backorders', 'string', 'Backorders allowed ("1" or "0")')
      // Not `visibility`: whether a variant is for sale follows the article's active flag, a
      // rule of the products flow rather than a mapped field. Not `inventory_quantity`: stock
      // levels are the stock flow's alone (flows/stock/inventory-owner.ts).
    ]
  }
}
