import { describe, expect, it } from 'vitest'
import { deriveMplusModel } from '../../scripts/generate-mplus-model'
import { mplusModel } from './generated/mplus-model'
import { readMplusWsdl, skipWithoutMplusReference } from './reference-availability'
import { sharedSchemaModel } from './schema-model'

describe.skipIf(skipWithoutMplusReference)('the committed MplusQapi model', () => {
  it('is in step with the WSDL (else run: npx tsx scripts/generate-mplus-model.ts)', () => {
    expect(mplusModel).toEqual(deriveMplusModel(readMplusWsdl()))
  })
})

describe('the simulator model', () => {
  it('resolves every type an operation or a field refers to', () => {
    const model = sharedSchemaModel()
    expect(model.operations.size).toBeGreaterThan(0)
    for (const type of model.complexTypes.values())
      for (const field of type.fields) {
        if (field.type.kind === 'complex')
          expect(() => model.complex(field.type.name)).not.toThrow()
        if (field.type.kind === 'enum') expect(model.enums.has(field.type.name)).toBe(true)
      }
    expect(model.operations.get('getRelations')?.outputElement).toBe('GetRelationsResponse')
  })
})
