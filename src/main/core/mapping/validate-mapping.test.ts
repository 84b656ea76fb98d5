import { describe, expect, it } from 'vitest'
import { defaultMappings } from '../flows/registry'
import { defaultLookupTables } from './defaults'
import { validateMapping } from './validate-mapping'

const lookups = defaultLookupTables
/** The two fields a relation cannot do without. */
const email = { target: 'email', source: { path: 'email_address' } }
const name = { target: 'name', source: { path: 'merge_fields.FNAME' } }

describe('validateMapping', () => {
  it('accepts a small valid mapping and fills the defaults', () => {
    const result = validateMapping('customers', { rules: [email, name] }, lookups)
    expect(result).toEqual({
      ok: true,
      mapping: {
        rules: [
          { ...email, transforms: [], updateOnChange: true, required: false },
          { ...name, transforms: [], updateOnChange: true, required: false }
        ]
      }
    })
  })

  it('refuses an unknown transform, naming the field', () => {
    const result = validateMapping(
      'customers',
      {
        rules: [
          { target: 'email', source: { path: 'email_address' }, transforms: [{ kind: 'rot13' }] }
        ]
      },
      lookups
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.0.transforms.0.kind',
        message: expect.stringMatching(
          /^field 'email': unknown transform "rot13" \(known: centsToDecimal, /
        ),
        code: 'invalid'
      }
    ])
  })

  it('refuses a transform with a missing parameter', () => {
    const result = validateMapping(
      'products',
      {
        rules: [
          {
            target: 'product.title',
            source: { path: 'product.description' },
            transforms: [{ kind: 'truncate' }]
          }
        ]
      },
      lookups
    )
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.0.transforms.0.maxLength',
        message: expect.stringMatching(/^field 'product.title': /),
        code: 'required'
      }
    ])
  })

  it('refuses a malformed source, naming the field', () => {
    const result = validateMapping(
      'customers',
      { rules: [{ target: 'city', source: { pth: 'x' } }] },
      lookups
    )
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.0.source',
        message:
          "field 'city': a source is {path}, {constant}, {concat: [sources], separator} or {firstOf: [sources]}",
        code: 'invalid'
      }
    ])
  })

  it('refuses a duplicate target', () => {
    const rule = { target: 'email', source: { path: 'email_address' } }
    const result = validateMapping('customers', { rules: [rule, rule] }, lookups)
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.1.target',
        message: "field 'email': target 'email' is already filled by rule 1",
        code: 'invalid'
      }
    ])
  })

  it('refuses a target inside another target', () => {
    const result = validateMapping(
      'products',
      {
        rules: [
          { target: 'variant', source: { constant: 'x' } },
          { target: 'variant.title', source: { constant: 'Trui' } }
        ]
      },
      lookups
    )
    expect(!result.ok && result.issues).toContainEqual({
      path: 'rules.1.target',
      message:
        "field 'variant.title': target 'variant.title' lies inside 'variant', which another rule fills as a whole",
      code: 'invalid'
    })
  })

  it('refuses paths that would reach the object prototype', () => {
    const result = validateMapping(
      'customers',
      { rules: [{ target: '__proto__.polluted', source: { path: 'constructor.prototype' } }] },
      lookups
    )
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.0.target',
        message:
          "field '__proto__.polluted': a path cannot use __proto__, constructor or prototype",
        code: 'invalid'
      },
      {
        path: 'rules.0.source.path',
        message:
          "field '__proto__.polluted': a path cannot use __proto__, constructor or prototype",
        code: 'invalid'
      }
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a target the flow cannot write', () => {
    const result = validateMapping(
      'customers',
      { rules: [email, name, { target: 'houseNumber', source: { path: 'merge_fields.PHONE' } }] },
      lookups
    )
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'rules.2.target',
        message: "field 'houseNumber' is not a field the customers flow can write (mplus Relation)",
        code: 'unknown-field',
        params: { field: 'houseNumber', side: 'target' }
      }
    ])
  })

  it('refuses a lookup naming a missing table', () => {
    const rules = defaultMappings.customers.rules.map((rule) =>
      rule.target === 'country'
        ? { ...rule, transforms: [{ kind: 'lookup', table: 'btwCodes' }] }
        : rule
    )
    const index = rules.findIndex((rule) => rule.target === 'country')
    expect(
      !validateMapping('customers', { rules }, lookups).ok &&
        validateMapping('customers', { rules }, lookups)
    ).toEqual({
      ok: false,
      issues: [
        {
          path: `rules.${index}.transforms.0.table`,
          message: "field 'country': there is no lookup table named 'btwCodes'",
          code: 'unknown-code',
          params: { code: 'btwCodes', kind: 'table' }
        }
      ]
    })
  })

  it('refuses a mapping that leaves out a field the target cannot do without', () => {
    const rules = defaultMappings.products.rules.filter((rule) => rule.target !== 'variant.title')
    expect(validateMapping('products', { rules }, lookups)).toEqual({
      ok: false,
      issues: [
        {
          path: 'rules',
          message:
            "field 'variant.title' is required by mailchimp PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}, but no rule fills it",
          code: 'required',
          params: { field: 'variant.title' }
        }
      ]
    })
  })

  it('refuses a source path the flow record does not have, wherever the rule reads it', () => {
    const rules = defaultMappings.products.rules.map((rule) =>
      rule.target === 'product.title'
        ? {
            ...rule,
            source: { firstOf: [{ path: 'product.descriptoin' }, { path: 'article.description' }] },
            transforms: [
              { kind: 'concat', append: [{ path: 'article.colour' }, { path: 'article.kleur' }] },
              { kind: 'exclToInclVat', rate: { path: 'article.vatPercentag' }, unit: 'cents' }
            ]
          }
        : rule
    )
    const index = rules.findIndex((rule) => rule.target === 'product.title')
    const result = validateMapping('products', { rules }, lookups)
    expect(
      !result.ok && result.issues.map(({ path, code, params }) => ({ path, code, params }))
    ).toEqual([
      {
        path: `rules.${index}.source.firstOf.0.path`,
        code: 'unknown-field',
        params: { field: 'product.descriptoin', side: 'source' }
      },
      {
        path: `rules.${index}.transforms.0.append.1.path`,
        code: 'unknown-field',
        params: { field: 'article.kleur', side: 'source' }
      },
      {
        path: `rules.${index}.transforms.1.rate.path`,
        code: 'unknown-field',
        params: { field: 'article.vatPercentag', side: 'source' }
      }
    ])
  })

  it("accepts any of the audience's own merge fields and an image at any position", () => {
    const rules = [
      email,
      { target: 'name', source: { path: 'merge_fields.BEDRIJF' } },
      { target: 'zipcode', source: { path: 'merge_fields.ADDRESS.zip' } }
    ]
    expect(validateMapping('customers', { rules }, lookups).ok).toBe(true)
    const products = defaultMappings.products.rules.map((rule) =>
      rule.target === 'product.image_url'
        ? { ...rule, source: { path: 'article.imageList.2.imageUrl' } }
        : rule
    )
    expect(validateMapping('products', { rules: products }, lookups).ok).toBe(true)
    const wrong = [
      email,
      name,
      { target: 'zipcode', source: { path: 'merge_fields.ADDRESS.postcode' } }
    ]
    expect(validateMapping('customers', { rules: wrong }, lookups).ok).toBe(false)
  })

  it.each([
    [null],
    ['rules'],
    [{ rules: 'x' }],
    [{ rules: [], extra: 1 }],
    [{ rules: [{ target: 'a..b', source: { path: 'x' } }] }]
  ])('refuses malformed input %j without throwing', (raw) =>
    expect(validateMapping('customers', raw, lookups).ok).toBe(false)
  )
})
