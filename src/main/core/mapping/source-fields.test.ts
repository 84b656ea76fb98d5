import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { mappingFlows } from '../../../shared/contract/mapping-model'
import {
  catalogueFields,
  sourceFieldOf,
  sourceTypes,
  type SourceType
} from '../../../shared/source-fields'
import {
  AddressMergeValue,
  Customer,
  Member,
  Order,
  OrderLine
} from '../connectors/mailchimp/types'
import { articleSchema, productSchema, relationSchema } from '../connectors/mplus/response-schemas'
import { mappedAddress } from '../flows/orders-in/order-address'
import { defaultMappings } from '../flows/registry'
import { articleGroup } from '../../../../tests/support/mapping-samples'

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape)

/** Where each source type's field names come from: the connector's schema of that record. */
const known: Partial<Record<SourceType, string[]>> = {
  mailchimpMember: keysOf(Member),
  mailchimpAddress: keysOf(AddressMergeValue),
  mplusProduct: keysOf(productSchema),
  mplusArticle: keysOf(articleSchema),
  // A lazy schema (groups nest): the connector's record as the samples hold it.
  mplusArticleGroup: Object.keys(articleGroup),
  mplusRelation: keysOf(relationSchema),
  mailchimpOrder: keysOf(Order),
  mailchimpCustomer: keysOf(Customer),
  mailchimpOrderLine: keysOf(OrderLine),
  orderAddress: Object.keys(mappedAddress(null, 'asGiven'))
}

describe('the source field catalogue', () => {
  it.each(Object.entries(known))('names only fields the %s record has', (type, fields) => {
    const missing = sourceTypes[type as SourceType].filter((field) => !fields?.includes(field))
    expect(missing).toEqual([])
  })

  it.each(mappingFlows)('knows every path the default %s mapping reads', (flow) => {
    const paths = JSON.stringify(defaultMappings[flow]).matchAll(/"path":"([^"]+)"/g)
    for (const [, path] of paths)
      expect({ path, known: !!sourceFieldOf(flow, path) }).toEqual({ path, known: true })
  })

  it('offers each catalogue field with a path it accepts', () => {
    for (const flow of mappingFlows)
      for (const field of catalogueFields(flow))
        expect(sourceFieldOf(flow, field.path)).toEqual(field)
  })

  it('finds a field by its part, and not a field of another part or depth', () => {
    expect(sourceFieldOf('customers', 'merge_fields.ADDRESS.zip')).toEqual({
      path: 'merge_fields.ADDRESS.zip',
      group: 'mailchimpAddress',
      field: 'zip',
      open: false
    })
    expect(sourceFieldOf('customers', 'merge_fields.SHOE')?.open).toBe(true)
    expect(sourceFieldOf('customers', 'merge_fields.SHOE.size')).toBeUndefined()
    expect(sourceFieldOf('products', 'article.zip')).toBeUndefined()
    expect(sourceFieldOf('products', 'article')).toBeUndefined()
    expect(sourceFieldOf('orders-in', 'line.price')?.group).toBe('mailchimpOrderLine')
  })
})
