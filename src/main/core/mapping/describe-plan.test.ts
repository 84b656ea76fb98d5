import { describe, expect, it } from 'vitest'
import { dutchCompanyMember, orderLineRecord } from '../../../../tests/support/mapping-samples'
import { applyMapping } from './apply-mapping'
import { defaultLookupTables, defaultMappings } from './defaults'
import { describePlan } from './describe-plan'
import { targetFieldsOf } from './targets/flow-targets'

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
      source: 'first of (merge_fields.COMPANY, merge_fields.FNAME + merge_fields.LNAME)',
      transforms: ['trim'],
      writtenOn: 'create-and-update',
      required: true,
      outcome: { kind: 'value', value: 'Bakkerij De Vries B.V.' }
    })
    expect(plan.result).toEqual(
      applyMapping(defaultMappings.customers, dutchCompanyMember, defaultLookupTables, {
        targets: targetFieldsOf('customers')
      })
    )
  })

  it('marks left-out fields, create-only fields and errors', () => {
    const record = {
      ...orderLineRecord,
      line: { ...orderLineRecord.line, product_variant_id: 'SKU-1' }
    }
    const plan = describePlan(
      'orders-in',
      defaultMappings['orders-in'],
      record,
      defaultLookupTables
    )
    const byTarget = new Map(plan.fields.map((field) => [field.target, field]))
    expect(byTarget.get('order.extOrderId')).toMatchObject({ writtenOn: 'create-only' })
    expect(byTarget.get('order.deliveryMethod')).toMatchObject({
      transforms: ['lookup(table: "deliveryMethods", onMissing: "empty")'],
      outcome: { kind: 'omitted' }
    })
    expect(byTarget.get('line.articleNumber')?.outcome).toEqual({
      kind: 'error',
      message: "digitsOnly: 'SKU-1' is not a number made of digits only"
    })
    expect(plan.result).toEqual({
      ok: false,
      errors: [
        {
          target: 'line.articleNumber',
          message: "digitsOnly: 'SKU-1' is not a number made of digits only"
        }
      ]
    })
  })
})
