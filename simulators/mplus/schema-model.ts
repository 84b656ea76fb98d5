import { mplusModel } from './generated/mplus-model'

/**
 * The simulator's knowledge of MplusQapi: element order, required elements, occurrence limits, enum
 * values and the irregular response element names of all the WSDL's operations. It comes from
 * generated/mplus-model.ts, which scripts/generate-mplus-model.ts derives from the official WSDL
 * (a test keeps it in step whenever the reference is present), so the simulator runs from the
 * repository alone. Requests are decoded and responses encoded against this model, so the simulator
 * refuses what a schema-checking server refuses.
 */

export const mplusNamespace = 'urn:mplusqapi'

export type BuiltinType =
  | 'string'
  | 'boolean'
  | 'int'
  | 'long'
  | 'short'
  | 'decimal'
  | 'date'
  | 'dateTime'
  | 'unsignedByte'
  | 'unsignedInt'
  | 'unsignedLong'
  | 'unsignedShort'
  | 'base64'

export type TypeRef =
  | { kind: 'builtin'; name: BuiltinType }
  | { kind: 'enum'; name: string }
  | { kind: 'complex'; name: string }

export interface FieldDef {
  name: string
  type: TypeRef
  minOccurs: number
  maxOccurs: number
}

export interface ComplexDef {
  name: string
  fields: FieldDef[]
}

export interface OperationDef {
  name: string
  /** The request element, named like the operation; always an inline type. */
  input: ComplexDef
  /** The response element name (irregular for some operations, see reference Appendix B). */
  outputElement: string
  output: ComplexDef
}

export interface SchemaModel {
  complexTypes: Map<string, ComplexDef>
  enums: Map<string, ReadonlySet<string>>
  operations: Map<string, OperationDef>
  complex(name: string): ComplexDef
}

/**
 * One element of a sequence in the generated data: name, type (`xsd:<builtin>`, `enum:<Name>` or a
 * complex type's name; inline request/response types are named `(<element>)`), minOccurs, maxOccurs.
 */
export type ModelField = [
  name: string,
  type: string,
  minOccurs: number,
  maxOccurs: number | 'unbounded'
]

/** The shape of generated/mplus-model.ts. */
export interface MplusModelData {
  enums: Record<string, string[]>
  complexTypes: Record<string, ModelField[]>
  /** Operation → [input type, response element name, response type]. */
  operations: Record<string, [input: string, outputElement: string, output: string]>
}

export function schemaModelOf(data: MplusModelData): SchemaModel {
  const enums = new Map<string, ReadonlySet<string>>(
    Object.entries(data.enums).map(([name, values]) => [name, new Set(values)])
  )
  const typeRef = (type: string): TypeRef => {
    if (type.startsWith('xsd:')) return { kind: 'builtin', name: type.slice(4) as BuiltinType }
    if (type.startsWith('enum:')) return { kind: 'enum', name: type.slice(5) }
    return { kind: 'complex', name: type }
  }
  const complexTypes = new Map<string, ComplexDef>(
    Object.entries(data.complexTypes).map(([name, fields]) => [
      name,
      {
        name,
        fields: fields.map(([fieldName, type, minOccurs, maxOccurs]) => ({
          name: fieldName,
          type: typeRef(type),
          minOccurs,
          maxOccurs: maxOccurs === 'unbounded' ? Infinity : maxOccurs
        }))
      }
    ])
  )
  const complex = (name: string): ComplexDef => {
    const def = complexTypes.get(name)
    if (!def) throw new Error(`Unknown complex type ${name}`)
    return def
  }
  const operations = new Map<string, OperationDef>(
    Object.entries(data.operations).map(([name, [input, outputElement, output]]) => [
      name,
      { name, input: complex(input), outputElement, output: complex(output) }
    ])
  )
  return { complexTypes, enums, operations, complex }
}

let cached: SchemaModel | undefined

/** Every simulator in one process shares one model. */
export function sharedSchemaModel(): SchemaModel {
  cached ??= schemaModelOf(mplusModel)
  return cached
}
