import { describe, expect, it } from 'vitest'
import { mappingFlows, type TargetSection } from '../../../../shared/contract/mapping-model'
import {
  loadMailchimpSpec,
  loadMplusTypes,
  referenceSkipMessage,
  skipReferenceChecks,
  type MailchimpSpec,
  type MplusTypes
} from '../../../../../tests/support/reference-schemas'
import {
  articleGroup,
  belgianPersonMember,
  dutchCompanyMember,
  dutchCompanyRelation,
  mplusCompanyRelation,
  shirtRecord
} from '../../../../../tests/support/mapping-samples'
import { applyMapping } from '../apply-mapping'
import { defaultMappings, flowTargets } from '../../flows/registry'
import { targetFieldsOf } from '../targets/flow-targets'
import { validateMapping } from '../validate-mapping'
import { defaultLookupTables } from '.'

function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key)
  )
}

function sectionOf(flow: (typeof mappingFlows)[number], targetPath: string): TargetSection {
  const section = flowTargets[flow].find(
    (s) => s.prefix === '' || targetPath.startsWith(`${s.prefix}.`)
  )
  if (!section) throw new Error(`no section for ${targetPath}`)
  return section
}

describe.skipIf(skipReferenceChecks)(
  `target fields exist in the API references ${skipReferenceChecks ? referenceSkipMessage : ''}`,
  () => {
    let mplus: MplusTypes
    let mailchimp: MailchimpSpec
    const reference = (section: TargetSection, path: string) => {
      mplus ??= loadMplusTypes()
      mailchimp ??= loadMailchimpSpec()
      const local = section.prefix ? path.slice(section.prefix.length + 1) : path
      return section.system === 'mplus'
        ? mplus.field(section.referenceType, local)
        : mailchimp.field(section.referenceType, local)
    }

    it.each(mappingFlows)(
      'every known target of %s is a field of the reference with the same type, limit and obligation',
      (flow) => {
        const wrong = flowTargets[flow].flatMap((section) =>
          section.fields.flatMap((field) => {
            const found = reference(section, field.path)
            // Where the reference states a length, ours is it; where it states none (the WSDL, the
            // product bodies), ours is a documented plausibility limit (field-limits.ts).
            const sameLimit = found?.maxLength === undefined || found.maxLength === field.maxLength
            // A flow may demand more than the API (a relation needs an e-mail to be found again), never less.
            const requiredKept = !found?.required || field.required === true
            return found?.kind === field.type && sameLimit && requiredKept
              ? []
              : [
                  `${field.path}: ours ${JSON.stringify(field)}, reference ${JSON.stringify(found) ?? 'absent'}`
                ]
          })
        )
        expect(wrong).toEqual([])
      }
    )

    const samples = [
      ['customers', dutchCompanyMember],
      ['customers', belgianPersonMember],
      ['products', shirtRecord],
      ['categories', articleGroup],
      ['product-types', { type: 'Fietsen' }],
      ['orders-out', mplusCompanyRelation]
    ] as const

    it.each(samples)(
      'the default %s mapping turns a sample into a payload of reference fields only',
      (flow, record) => {
        const result = applyMapping(defaultMappings[flow], record, defaultLookupTables, {
          targets: targetFieldsOf(flow)
        })
        expect(result).toMatchObject({ ok: true })
        if (!result.ok) return
        const paths = leafPaths(result.create)
        expect(paths.length).toBeGreaterThan(0)
        const absent = paths.filter(
          (path) => reference(sectionOf(flow, path), path)?.kind === undefined
        )
        expect(absent).toEqual([])
      }
    )
  }
)

describe('default mappings', () => {
  it.each(mappingFlows)('the %s default passes its own validation', (flow) => {
    expect(validateMapping(flow, defaultMappings[flow], defaultLookupTables)).toMatchObject({
      ok: true
    })
  })

  it('maps a Dutch member with a company to a company relation with the person as contact', () => {
    const result = applyMapping(defaultMappings.customers, dutchCompanyMember, defaultLookupTables)
    expect(result).toEqual({
      ok: true,
      create: dutchCompanyRelation,
      update: expect.objectContaining({ name: 'Bakkerij De Vries B.V.' }),
      warnings: []
    })
  })

  it('maps a Belgian member without a company to a personal relation', () => {
    const result = applyMapping(defaultMappings.customers, belgianPersonMember, defaultLookupTables)
    expect(result.ok && result.create).toMatchObject({
      name: 'Amélie Dubois 🌷',
      address: 'Rue de la Loi 16 bis bte 3',
      country: 'BE'
    })
    expect(result.ok && result.create).not.toHaveProperty('companyName')
    expect(result.ok && result.create).not.toHaveProperty('telephone')
  })

  it('refuses a member without any name, naming the field', () => {
    const nameless = {
      ...belgianPersonMember,
      merge_fields: { ...belgianPersonMember.merge_fields, FNAME: ' ', LNAME: '' }
    }
    expect(applyMapping(defaultMappings.customers, nameless, defaultLookupTables)).toEqual({
      ok: false,
      errors: [
        {
          target: 'name',
          message: "field 'name' is empty in the source record",
          code: 'field-empty',
          params: { field: 'name' }
        }
      ]
    })
  })

  it('maps an Mplus article to a Mailchimp product and variant, id and description on create only', () => {
    const result = applyMapping(defaultMappings.products, shirtRecord, defaultLookupTables)
    const variant = {
      id: '100234',
      price: 24.95,
      sku: '100234',
      title: 'T-shirt biologisch katoen - rood / M'
    }
    expect(result).toEqual({
      ok: true,
      create: {
        product: {
          description: 'Zacht T-shirt van biologisch katoen, gemaakt in Portugal.',
          id: '4711',
          title: 'T-shirt biologisch katoen',
          vendor: 'Groene Draad'
        },
        variant
      },
      update: { product: { title: 'T-shirt biologisch katoen', vendor: 'Groene Draad' }, variant },
      warnings: []
    })
  })

  it('maps an article group to a trimmed product type', () => {
    expect(
      applyMapping(defaultMappings.categories, articleGroup, defaultLookupTables)
    ).toMatchObject({
      ok: true,
      create: { type: 'Kleding & accessoires' }
    })
  })

  it('maps a till customer to a Mailchimp customer: lower-case e-mail, the contact as first name', () => {
    expect(
      applyMapping(defaultMappings['orders-out'], mplusCompanyRelation, defaultLookupTables)
    ).toMatchObject({
      ok: true,
      create: {
        customer: {
          email_address: 'jan.de.vries@bakkerij-devries.nl',
          first_name: 'Jan de Vries',
          company: 'Bakkerij De Vries B.V.'
        }
      }
    })
  })

  it('maps a product type to an article group of that name', () => {
    expect(
      applyMapping(defaultMappings['product-types'], { type: ' Fietsen ' }, defaultLookupTables)
    ).toMatchObject({ ok: true, create: { name: 'Fietsen', text: 'Fietsen' } })
  })
})
