import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/**
 * The simulator's knowledge of MplusQapi comes from the official WSDL itself (loaded from the shared
 * reference folder, never copied into the project): element order, required elements, enum values
 * and the irregular response element names. Requests are decoded and responses encoded against this
 * model, so the simulator refuses what a schema-checking server refuses.
 */

export const mplusNamespace = 'urn:mplusqapi'

/** The project root's sibling `shared/reference` folder (see the house rules); override with MPLUS_WSDL_PATH. */
export const defaultWsdlPath =
  process.env.MPLUS_WSDL_PATH ??
  resolve(__dirname, '../../../shared/reference/mplus/mplusqapi.wsdl')

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
  wsdlText: string
  complexTypes: Map<string, ComplexDef>
  enums: Map<string, ReadonlySet<string>>
  operations: Map<string, OperationDef>
  complex(name: string): ComplexDef
}

interface RawElement {
  name: string
  type?: string
  minOccurs?: string
  maxOccurs?: string
  complexType?: RawComplex[]
}
interface RawSequence {
  element?: RawElement[]
}
interface RawComplex {
  name?: string
  sequence?: RawSequence | ''
  complexContent?: { extension: { base: string; sequence?: RawSequence | '' } }
}
interface RawSimple {
  name: string
  restriction: { base: string; enumeration?: { value: string }[] }
}

const builtinTypes = new Set<string>([
  'string',
  'boolean',
  'int',
  'long',
  'short',
  'decimal',
  'date',
  'dateTime',
  'unsignedByte',
  'unsignedInt',
  'unsignedLong',
  'unsignedShort'
])

function localName(qualified: string): string {
  const colon = qualified.indexOf(':')
  return colon === -1 ? qualified : qualified.slice(colon + 1)
}

export function loadSchemaModel(wsdlPath = defaultWsdlPath): SchemaModel {
  const wsdlText = readFileSync(wsdlPath, 'utf8').replace(/^\uFEFF/, '')
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _isLeaf, isAttribute) =>
      !isAttribute &&
      [
        'element',
        'complexType',
        'simpleType',
        'enumeration',
        'message',
        'operation',
        'part'
      ].includes(name)
  })
  const document = parser.parse(wsdlText) as {
    definitions: {
      types: {
        'xsd:schema': { complexType: RawComplex[]; simpleType: RawSimple[]; element: RawElement[] }
      }
      message: { name: string; part: { element: string }[] }[]
      portType: {
        operation: { name: string; input: { message: string }; output: { message: string } }[]
      }
    }
  }
  const schema = document.definitions.types['xsd:schema']

  const enums = new Map<string, ReadonlySet<string>>()
  const simpleBases = new Map<string, string>()
  for (const simple of schema.simpleType) {
    const values = simple.restriction.enumeration
    if (values) enums.set(simple.name, new Set(values.map((v) => v.value)))
    else simpleBases.set(simple.name, localName(simple.restriction.base))
  }

  const typeRef = (qualified: string): TypeRef => {
    if (qualified === 'SOAP-ENC:base64') return { kind: 'builtin', name: 'base64' }
    const name = localName(qualified)
    if (qualified.startsWith('xsd:')) {
      if (!builtinTypes.has(name))
        throw new Error(`WSDL uses unsupported builtin type ${qualified}`)
      return { kind: 'builtin', name: name as BuiltinType }
    }
    if (enums.has(name)) return { kind: 'enum', name }
    const base = simpleBases.get(name)
    if (base) return { kind: 'builtin', name: base as BuiltinType }
    return { kind: 'complex', name }
  }

  const rawComplex = new Map(schema.complexType.map((c) => [c.name ?? '', c]))
  const complexTypes = new Map<string, ComplexDef>()
  const fieldsOfSequence = (sequence: RawSequence | '' | undefined): FieldDef[] =>
    (sequence ? (sequence.element ?? []) : []).map((element) => {
      if (!element.type)
        throw new Error(`WSDL element ${element.name} has an inline type; not supported here`)
      return {
        name: element.name,
        type: typeRef(element.type),
        minOccurs: element.minOccurs === undefined ? 1 : Number(element.minOccurs),
        maxOccurs:
          element.maxOccurs === undefined
            ? 1
            : element.maxOccurs === 'unbounded'
              ? Infinity
              : Number(element.maxOccurs)
      }
    })
  const resolveComplex = (name: string, raw: RawComplex): ComplexDef => {
    const known = complexTypes.get(name)
    if (known) return known
    let fields: FieldDef[]
    if (raw.complexContent) {
      const baseName = localName(raw.complexContent.extension.base)
      const baseRaw = rawComplex.get(baseName)
      if (!baseRaw) throw new Error(`WSDL type ${name} extends unknown ${baseName}`)
      fields = [
        ...resolveComplex(baseName, baseRaw).fields,
        ...fieldsOfSequence(raw.complexContent.extension.sequence)
      ]
    } else {
      fields = fieldsOfSequence(raw.sequence)
    }
    const def = { name, fields }
    complexTypes.set(name, def)
    return def
  }
  for (const [name, raw] of rawComplex) resolveComplex(name, raw)

  const complex = (name: string): ComplexDef => {
    const def = complexTypes.get(name)
    if (!def) throw new Error(`Unknown complex type ${name}`)
    return def
  }

  const elementTypes = new Map<string, ComplexDef>()
  for (const element of schema.element) {
    if (element.type) elementTypes.set(element.name, complex(localName(element.type)))
    else if (element.complexType)
      elementTypes.set(element.name, resolveComplex(`(${element.name})`, element.complexType[0]))
  }
  const messageElements = new Map(
    document.definitions.message.map((m) => [m.name, localName(m.part[0].element)])
  )

  const operations = new Map<string, OperationDef>()
  for (const operation of document.definitions.portType.operation) {
    const inputElement = messageElements.get(localName(operation.input.message))
    const outputElement = messageElements.get(localName(operation.output.message))
    if (!inputElement || !outputElement)
      throw new Error(`WSDL operation ${operation.name} lacks a message`)
    const input = elementTypes.get(inputElement)
    const output = elementTypes.get(outputElement)
    if (!input || !output)
      throw new Error(`WSDL operation ${operation.name} refers to an unknown element`)
    operations.set(operation.name, { name: operation.name, input, outputElement, output })
  }

  return { wsdlText, complexTypes, enums, operations, complex }
}

let cached: SchemaModel | undefined

/** The WSDL is 1.2 MB; every simulator in one process shares one parsed model. */
export function sharedSchemaModel(): SchemaModel {
  cached ??= loadSchemaModel()
  return cached
}
