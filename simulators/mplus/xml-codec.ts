import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import { mplusNamespace, type ComplexDef, type FieldDef, type SchemaModel } from './schema-model'

/**
 * Schema-driven conversion between XML and plain values. Decoding is as strict as an XSD validator
 * for the parts a server checks: namespace of every element, element order, required elements,
 * occurrence limits, lexical form of numbers/booleans/dates and enum values. Encoding emits fields
 * in XSD order and refuses (as a simulator bug) a missing required element or an unknown key.
 */

export type PlainValue = string | number | boolean | PlainObject | PlainValue[]
export interface PlainObject {
  [key: string]: PlainValue | undefined
}

export const soapEnvelopeNamespace = 'http://schemas.xmlsoap.org/soap/envelope/'

/** A request that breaks the schema: becomes a SOAP `Client` fault. */
export class SchemaViolation extends Error {
  constructor(
    readonly path: string,
    message: string
  ) {
    super(`${path}: ${message}`)
    this.name = 'SchemaViolation'
  }
}

/** fast-xml-parser's preserveOrder node: one key for the tag (children array) and ':@' for attributes. */
export type OrderedNode = Record<string, unknown>
type Scope = ReadonlyMap<string, string>

export const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true
})

const orderedBuilder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false
})

export function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@')
}

export function childrenOf(node: OrderedNode): OrderedNode[] {
  const tag = tagOf(node)
  const value = tag === undefined ? undefined : node[tag]
  return Array.isArray(value) ? (value as OrderedNode[]) : []
}

/** Adds the xmlns declarations of `node` to the scope it inherits. */
export function scopeOf(node: OrderedNode, parent: Scope): Scope {
  const attributes = node[':@'] as Record<string, string> | undefined
  if (!attributes) return parent
  let scope: Map<string, string> | undefined
  for (const [key, value] of Object.entries(attributes)) {
    if (key === '@_xmlns' || key.startsWith('@_xmlns:')) {
      scope ??= new Map(parent)
      scope.set(key === '@_xmlns' ? '' : key.slice('@_xmlns:'.length), value)
    }
  }
  return scope ?? parent
}

export function resolveName(
  tag: string,
  scope: Scope
): { namespace: string | undefined; local: string } {
  const colon = tag.indexOf(':')
  const prefix = colon === -1 ? '' : tag.slice(0, colon)
  return { namespace: scope.get(prefix), local: colon === -1 ? tag : tag.slice(colon + 1) }
}

function elementChildren(node: OrderedNode, path: string): OrderedNode[] {
  const result: OrderedNode[] = []
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === '#text') {
      if (String(child['#text']).trim() !== '')
        throw new SchemaViolation(path, 'text is not allowed here')
    } else if (tag !== undefined && !tag.startsWith('?') && tag !== '#comment') {
      result.push(child)
    }
  }
  return result
}

function textOf(node: OrderedNode, path: string): string {
  let text = ''
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === '#text') text += String(child['#text'])
    else if (tag !== '#comment')
      throw new SchemaViolation(path, `element <${tag}> is not allowed in a simple value`)
  }
  return text
}

const integerRanges: Record<string, [bigint, bigint]> = {
  long: [-(2n ** 63n), 2n ** 63n - 1n],
  int: [-(2n ** 31n), 2n ** 31n - 1n],
  short: [-32768n, 32767n],
  unsignedByte: [0n, 255n],
  unsignedShort: [0n, 65535n],
  unsignedInt: [0n, 2n ** 32n - 1n],
  unsignedLong: [0n, 2n ** 64n - 1n]
}

function decodeSimple(field: FieldDef, raw: string, path: string, model: SchemaModel): PlainValue {
  const value = raw.trim()
  if (field.type.kind === 'enum') {
    if (!model.enums.get(field.type.name)?.has(raw)) {
      throw new SchemaViolation(path, `'${raw}' is not a value of ${field.type.name}`)
    }
    return raw
  }
  if (field.type.kind !== 'builtin') throw new Error('decodeSimple on a complex type')
  const type = field.type.name
  const range = integerRanges[type]
  if (range) {
    if (!/^[+-]?\d+$/.test(value))
      throw new SchemaViolation(path, `'${raw}' is not a valid xsd:${type}`)
    const big = BigInt(value)
    if (big < range[0] || big > range[1])
      throw new SchemaViolation(path, `${value} is out of range for xsd:${type}`)
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new SchemaViolation(path, `${value} is larger than this simulator handles`)
    }
    return Number(big)
  }
  switch (type) {
    case 'boolean':
      if (!['true', 'false', '1', '0'].includes(value))
        throw new SchemaViolation(path, `'${raw}' is not a valid xsd:boolean`)
      return value === 'true' || value === '1'
    case 'decimal':
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value))
        throw new SchemaViolation(path, `'${raw}' is not a valid xsd:decimal`)
      return value
    case 'date':
      if (!/^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(value))
        throw new SchemaViolation(path, `'${raw}' is not a valid xsd:date`)
      return value
    case 'dateTime':
      if (!/^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value)) {
        throw new SchemaViolation(path, `'${raw}' is not a valid xsd:dateTime`)
      }
      return value
    case 'base64':
      return value
    default:
      return raw
  }
}

/** Decodes the children of `node` as an instance of `type`, checking order, occurrences and values. */
export function decodeComplex(
  node: OrderedNode,
  type: ComplexDef,
  scope: Scope,
  path: string,
  model: SchemaModel
): PlainObject {
  const children = elementChildren(node, path)
  const result: PlainObject = {}
  let index = 0
  for (const field of type.fields) {
    const values: PlainValue[] = []
    while (index < children.length && values.length < field.maxOccurs) {
      const child = children[index]
      const childScope = scopeOf(child, scope)
      const name = resolveName(tagOf(child) ?? '', childScope)
      if (name.local !== field.name) break
      const childPath = `${path}/${field.name}`
      if (name.namespace !== mplusNamespace) {
        throw new SchemaViolation(
          childPath,
          `element must be in namespace ${mplusNamespace}, found ${name.namespace ?? 'none'}`
        )
      }
      values.push(
        field.type.kind === 'complex'
          ? decodeComplex(child, model.complex(field.type.name), childScope, childPath, model)
          : decodeSimple(field, textOf(child, childPath), childPath, model)
      )
      index++
    }
    if (values.length < field.minOccurs) {
      throw new SchemaViolation(`${path}/${field.name}`, 'required element is missing')
    }
    if (field.maxOccurs > 1) result[field.name] = values
    else if (values.length === 1) result[field.name] = values[0]
  }
  if (index < children.length) {
    const unexpected = resolveName(
      tagOf(children[index]) ?? '',
      scopeOf(children[index], scope)
    ).local
    throw new SchemaViolation(
      `${path}/${unexpected}`,
      'unexpected element (unknown, duplicated or out of order)'
    )
  }
  return result
}

function encodeSimple(value: PlainValue, path: string): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Simulator bug: ${path} is not a finite number`)
    return String(value)
  }
  if (typeof value === 'string') return value
  throw new Error(`Simulator bug: ${path} must be a simple value`)
}

/** Encodes `value` as the children of an element of `type`, in XSD order, under the `ns` prefix. */
export function encodeComplex(
  value: PlainObject,
  type: ComplexDef,
  path: string,
  model: SchemaModel
): OrderedNode[] {
  const known = new Set(type.fields.map((f) => f.name))
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined && !known.has(key))
      throw new Error(`Simulator bug: ${path}/${key} is not in ${type.name}`)
  }
  const nodes: OrderedNode[] = []
  for (const field of type.fields) {
    const raw = value[field.name]
    const items = raw === undefined ? [] : field.maxOccurs > 1 ? (raw as PlainValue[]) : [raw]
    if (items.length < field.minOccurs)
      throw new Error(`Simulator bug: required ${path}/${field.name} is missing`)
    for (const item of items) {
      const childPath = `${path}/${field.name}`
      nodes.push({
        [`ns:${field.name}`]:
          field.type.kind === 'complex'
            ? encodeComplex(item as PlainObject, model.complex(field.type.name), childPath, model)
            : [{ '#text': encodeSimple(item, childPath) }]
      })
    }
  }
  return nodes
}

export function envelope(bodyChild: OrderedNode): string {
  const tree = [
    { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } },
    {
      'SOAP-ENV:Envelope': [{ 'SOAP-ENV:Body': [bodyChild] }],
      ':@': { '@_xmlns:SOAP-ENV': soapEnvelopeNamespace, '@_xmlns:ns': mplusNamespace }
    }
  ]
  return orderedBuilder.build(tree) as string
}

/**
 * One Body child as a standalone document (what the XSD validator checks), carrying every namespace
 * declaration that was in scope inside the envelope.
 */
export function standaloneElement(
  bodyChild: OrderedNode,
  scope: ReadonlyMap<string, string>
): string {
  const tag = tagOf(bodyChild) ?? ''
  const declarations: Record<string, string> = {}
  for (const [prefix, uri] of scope)
    declarations[prefix === '' ? '@_xmlns' : `@_xmlns:${prefix}`] = uri
  return orderedBuilder.build([
    { [tag]: bodyChild[tag], ':@': { ...declarations, ...(bodyChild[':@'] as object | undefined) } }
  ]) as string
}
