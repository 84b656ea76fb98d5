import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  loadMplusTypes,
  referenceSkipMessage,
  skipReferenceChecks,
  type MplusTypes,
  type SequenceElement
} from '../../../../../tests/support/reference-schemas'
import { operationShapes, sentShape } from './request-shapes'
import * as schemas from './response-schemas'
import type { Shape } from './soap-xml'

/** The described types and the WSDL complexType each describes. */
const described: [string, z.ZodObject][] = [
  ['Relation', schemas.relationSchema],
  ['Relation', schemas.contactSchema],
  ['Article', schemas.articleSchema],
  ['Product', schemas.productSchema],
  ['Order', schemas.orderSchema],
  ['Line', schemas.lineSchema],
  ['LineData', schemas.lineDataSchema],
  ['Address', schemas.addressSchema],
  ['Payment', schemas.paymentSchema],
  ['ArticleStock', schemas.stockAmountsSchema],
  ['SetStockRequest', schemas.setStockRequestSchema]
]

/** Where a shape leaves the WSDL: an element it does not have, or one before an earlier one. */
function orderProblems(
  types: MplusTypes,
  sequence: SequenceElement[],
  shape: Shape,
  path: string
): string[] {
  const problems: string[] = []
  let previous = -1
  for (const [name, nested] of Object.entries(shape)) {
    const index = sequence.findIndex((element) => element.name === name)
    if (index === -1) {
      problems.push(`${path}/${name}: no such element`)
      continue
    }
    if (index < previous) problems.push(`${path}/${name}: out of the sequence's order`)
    previous = Math.max(previous, index)
    if (nested === true) continue
    const inner = types.sequence(sequence[index].type)
    if (!inner) problems.push(`${path}/${name}: ${sequence[index].type} has no sequence`)
    else problems.push(...orderProblems(types, inner, nested, `${path}/${name}`))
  }
  return problems
}

describe.skipIf(skipReferenceChecks)(
  `element order against the WSDL ${skipReferenceChecks ? referenceSkipMessage : ''}`,
  () => {
    let loaded: MplusTypes | undefined
    const types = (): MplusTypes => (loaded ??= loadMplusTypes())

    it.each(described)('%s: every described field, in the sequence order', (typeName, schema) => {
      const mplus = types()
      const sequence = mplus.sequence(typeName)
      expect(sequence, typeName).toBeDefined()
      const everyField = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, true]))
      expect(orderProblems(mplus, sequence ?? [], everyField as Shape, typeName)).toEqual([])
      expect(orderProblems(mplus, sequence ?? [], sentShape(schema) as Shape, typeName)).toEqual([])
    })

    it.each(Object.keys(operationShapes))('%s: the request it sends, nested types too', (name) => {
      const mplus = types()
      const operation = name as keyof typeof operationShapes
      const sequence = mplus.operationSequence(operation)
      expect(sequence, operation).toBeDefined()
      expect(orderProblems(mplus, sequence ?? [], operationShapes[operation], operation)).toEqual(
        []
      )
    })

    it('the check fires on a field out of order and on one the WSDL lacks (probe)', () => {
      const mplus = types()
      const article = mplus.sequence('Article') ?? []
      expect(
        orderProblems(mplus, article, { description: true, articleNumber: true }, 'A')
      ).toEqual(["A/articleNumber: out of the sequence's order"])
      expect(orderProblems(mplus, article, { articleNumbr: true }, 'A')).toEqual([
        'A/articleNumbr: no such element'
      ])
    })
  }
)

describe('request shapes derived from the descriptions', () => {
  it('leave out what the server fills and keep the nested order', () => {
    expect(Object.keys(sentShape(schemas.productSchema))).toEqual([
      'productNumber',
      'description',
      'extraText',
      'articleList',
      'groupNumbers'
    ])
    expect(operationShapes.createRelation.relation.birthDate).toEqual({
      day: true,
      mon: true,
      year: true
    })
    expect(operationShapes.createRelation.relation.categoryIds).toEqual({ category: true })
    expect(Object.keys(operationShapes.setStock.request)).toEqual([
      'branchNumber',
      'articleNumber',
      'amount',
      'decimalPlaces',
      'employeeNumber',
      'reference'
    ])
  })
})
