import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { field } from './target-field'

/**
 * Mailchimp e-commerce product and variant bodies (OpenAPI 3.0.55). `currency_code` is not here:
 * it is read-only on products (inherited from the store). Variants carry no barcode field; an
 * EAN goes into `sku` when the shop keys its products by barcode.
 */
export function productSection(prefix: string): TargetSection {
  const f = (name: string, type: 'string', description: string) =>
    field(prefix, name, type, description)
  return {
    prefix,
    system: 'mailchimp',
    referenceType: 'POST /ecommerce/stores/{store_id}/products',
    fields: [
      f('id', 'string', 'Product id (written on create; a PATCH body has none)'),
      f('title', 'string', 'Title'),
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
  return {
    prefix,
    system: 'mailchimp',
    referenceType: 'PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}',
    fields: [
      field(prefix, 'id', 'string', 'Variant id'),
      field(prefix, 'title', 'string', 'Variant title'),
      field(prefix, 'url', 'string', 'Variant page URL'),
      field(prefix, 'sku', 'string', 'SKU'),
      field(prefix, 'price', 'number', 'Price'),
      field(prefix, 'inventory_quantity', 'integer', 'Stock level'),
      field(prefix, 'image_url', 'string', 'Image URL'),
      field(prefix, 'backorders', 'string', 'Backorders allowed ("1" or "0")'),
      field(prefix, 'visibility', 'string', 'Visibility ("visible" or "hidden")')
    ]
  }
}
