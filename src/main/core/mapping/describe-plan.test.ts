import { describe, expect, it } from 'vitest'
import {
  dutchCompanyMember,
  dutchCompanyRelation,
  shirtRecord
} from '../../../../tests/support/mapping-samples'
import { defaultMappings } from '../flows/registry'
import { defaultLookupTables } from './defaults'
import { describePlan } from './describe-plan'

describe('describePlan', () => {
  it('shows per field the source, transforms, value and when it is written, next to the exact payload', () => {
    const plan = describePlan(
      'customers',
      defaultMappings.customers,
      dutchCompanyMember,
      defaultLookupTables
    )
    expect(plan.fields.find((field) => field.target === 'name')).toEqual({
      target: 'name',
      source: 'merge_fields.COMPANY | merge_fields.FNAME + " " + merge_fields.LNAME',
      transforms: ['trim'],
      writtenOn: 'create-and-update',
      required: true,
      outcome: { kind: 'value', value: 'Bakkerij De Vries B.V.' }
    })
    expect(plan.result).toEqual({
      ok: true,
      create: dutchCompanyRelation,
      update: dutchCompanyRelation,
      warnings: []
    })
  })

  it('marks left-out fields, create-only fields and errors', () => {
    const record = { ...shirtRecord, article: { ...shirtRecord.article, priceIncl: 'gratis' } }
    const plan = describePlan('products', defaultMappings.products, record, defaultLookupTables)
    const byTarget = new Map(plan.fields.map((field) => [field.target, field]))
    expect(byTarget.get('product.id')).toMatchObject({ writtenOn: 'create-only' })
    expect(byTarget.get('product.image_url')).toMatchObject({ outcome: { kind: 'omitted' } })
    const message = "centsToDecimal expects a whole number of cents, got 'gratis'"
    expect(byTarget.get('variant.price')?.outcome).toEqual({
      kind: 'error',
      message,
      code: 'transform-failed',
      params: { field: 'variant.price', transform: 'centsToDecimal' }
    })
    expect(plan.result).toEqual({
      ok: false,
      errors: [
        {
          target: 'variant.price',
          message,
          code: 'transform-failed',
          params: { field: 'variant.price', transform: 'centsToDecimal' }
        }
      ]
    })
  })
})
