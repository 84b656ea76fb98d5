import { XMLBuilder, XMLParser } from 'fast-xml-parser'

/**
 * SOAP 1.1 document/literal envelopes for MplusQapi, built and parsed with fast-xml-parser (values
 * are escaped by the library, never concatenated). Element order is part of the schema, so request
 * bodies are built from a Shape: an object literal listing the XSD sequence in order.
 */

export const mplusNamespace = 'urn:mplusqapi'
export const soapEnvelopeNamespace = 'http://schemas.xmlsoap.org/soap/envelope/'

/** `true` = a simple value; an object = a nested sequence (keys in XSD order). */
export type Shape = { readonly [field: string]: true | Shape }

export type WireValue = string | number | boolean | WireObject | WireValue[]
export interface WireObject {
  [field: string]: WireValue | undefined
}

/** A request value that cannot be put on the wire: a bug or bad input in the caller. */
export class RequestShapeError extends Error {
  constructor(
    readonly path: string,
    message: string
  ) {
    super(`${path}: ${message}`)
    this.name = 'RequestShapeError'
  }
}

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex
const illegalXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function simpleText(value: WireValue, path: string): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RequestShapeError(path, 'is not a finite number')
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      throw new RequestShapeError(path, 'is too large to send exactly')
    return String(value)
  }
  if (typeof value === 'string') {
    if (illegalXmlCharacters.test(value))
      throw new RequestShapeError(path, 'contains a control character XML cannot carry')
    return value
  }
  throw new RequestShapeError(path, 'must be a simple value')
}

function shapeTree(
  value: WireObject,
  shape: Shape,
  prefix: string,
  path: string
): Record<string, unknown> {
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined && !(key in shape))
      throw new RequestShapeError(`${path}/${key}`, 'is not a field this client sends')
  }
  const tree: Record<string, unknown> = {}
  for (const [field, fieldShape] of Object.entries(shape)) {
    const raw = value[field]
    if (raw === undefined) continue
    const fieldPath = `${path}/${field}`
    const convert = (item: WireValue): unknown =>
      fieldShape === true
        ? simpleText(item, fieldPath)
        : shapeTree(item as WireObject, fieldShape, prefix, fieldPath)
    tree[`${prefix}:${field}`] = Array.isArray(raw) ? raw.map(convert) : convert(raw)
  }
  return tree
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  processEntities: true
})

/** The request element prefix the official clients use (reference §3). */
const requestPrefix = 'ns1'

export function buildRequestEnvelope(operation: string, body: WireObject, shape: Shape): string {
  const content = shapeTree(body, shape, requestPrefix, `/${operation}`)
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    'SOAP-ENV:Envelope': {
      '@_xmlns:SOAP-ENV': soapEnvelopeNamespace,
      [`@_xmlns:${requestPrefix}`]: mplusNamespace,
      'SOAP-ENV:Body': { [`${requestPrefix}:${operation}`]: content }
    }
  }) as string
}

/** The response did not have the structure SOAP/MplusQapi promise. */
export class ResponseStructureError extends Error {
  constructor(
    readonly path: string,
    message: string
  ) {
    super(`${path}: ${message}`)
    this.name = 'ResponseStructureError'
  }
}

export type CleanNode = string | CleanObject | CleanNode[]
export interface CleanObject {
  [name: string]: CleanNode
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Entity expansion beyond the predefined five is never needed; refusing it stops entity bombs.
  htmlEntities: false
})

type RawNode = string | number | boolean | RawObject | RawNode[]
interface RawObject {
  [key: string]: RawNode
}

function extendScope(
  node: RawObject,
  scope: ReadonlyMap<string, string>
): ReadonlyMap<string, string> {
  let extended: Map<string, string> | undefined
  for (const [key, value] of Object.entries(node)) {
    if (key === '@_xmlns' || key.startsWith('@_xmlns:')) {
      extended ??= new Map(scope)
      extended.set(key === '@_xmlns' ? '' : key.slice(8), String(value))
    }
  }
  return extended ?? scope
}

function split(
  tag: string,
  scope: ReadonlyMap<string, string>
): { local: string; namespace: string | undefined } {
  const colon = tag.indexOf(':')
  return {
    local: colon === -1 ? tag : tag.slice(colon + 1),
    namespace: scope.get(colon === -1 ? '' : tag.slice(0, colon))
  }
}

/** Strips prefixes after checking every element of the payload is in urn:mplusqapi. */
function clean(node: RawNode, scope: ReadonlyMap<string, string>, path: string): CleanNode {
  if (typeof node !== 'object' || Array.isArray(node)) return String(node)
  const result: CleanObject = {}
  let text: string | undefined
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_')) continue
    if (key === '#text') {
      text = String(value)
      continue
    }
    // An element's own xmlns declarations apply to its own name, so resolve per occurrence.
    const occurrences = Array.isArray(value) ? value : [value]
    const cleaned = occurrences.map((occurrence) => {
      const own =
        typeof occurrence === 'object' && !Array.isArray(occurrence)
          ? extendScope(occurrence, scope)
          : scope
      const name = split(key, own)
      if (name.namespace !== mplusNamespace) {
        throw new ResponseStructureError(
          `${path}/${name.local}`,
          `element is in namespace ${name.namespace ?? '(none)'}, expected ${mplusNamespace}`
        )
      }
      return { local: name.local, value: clean(occurrence, own, `${path}/${name.local}`) }
    })
    result[cleaned[0].local] = Array.isArray(value) ? cleaned.map((c) => c.value) : cleaned[0].value
  }
  if (Object.keys(result).length === 0) return text ?? ''
  return result
}

export type ParsedEnvelope =
  | { kind: 'body'; element: string; content: CleanNode }
  | { kind: 'fault'; faultcode: string; faultstring: string }

function findChild(
  node: RawObject,
  local: string,
  namespace: string,
  scope: ReadonlyMap<string, string>
): [RawNode, ReadonlyMap<string, string>] | undefined {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue
    const name = split(key, scope)
    if (name.local === local && name.namespace === namespace) {
      return [
        value,
        typeof value === 'object' && !Array.isArray(value) ? extendScope(value, scope) : scope
      ]
    }
  }
  return undefined
}

/** Parses a response envelope: either the single Body element (prefix-free) or a SOAP Fault. */
export function parseResponseEnvelope(xml: string): ParsedEnvelope {
  // Anywhere, not just near the start: a long comment first must not smuggle entity definitions
  // (entity bombs, external entities) past the check. Mplus never sends a DOCTYPE.
  if (/<!DOCTYPE/i.test(xml))
    throw new ResponseStructureError('/', 'DOCTYPE declarations are not accepted')
  let document: RawObject
  try {
    document = parser.parse(xml, true) as RawObject
  } catch (error) {
    throw new ResponseStructureError(
      '/',
      `malformed XML (${(error as Error).message.split('\n')[0]})`
    )
  }
  const rootScope = new Map<string, string>()
  const envelope = findChild(
    document,
    'Envelope',
    soapEnvelopeNamespace,
    extendScopeOfRoot(document, rootScope)
  )
  if (!envelope || typeof envelope[0] !== 'object' || Array.isArray(envelope[0])) {
    throw new ResponseStructureError('/', 'not a SOAP 1.1 envelope')
  }
  const body = findChild(envelope[0] as RawObject, 'Body', soapEnvelopeNamespace, envelope[1])
  if (!body || typeof body[0] !== 'object' || Array.isArray(body[0]))
    throw new ResponseStructureError('/Envelope', 'missing SOAP Body')
  const bodyObject = body[0] as RawObject
  const fault = findChild(bodyObject, 'Fault', soapEnvelopeNamespace, body[1])
  if (fault) {
    const faultNode = (
      typeof fault[0] === 'object' && !Array.isArray(fault[0]) ? fault[0] : {}
    ) as RawObject
    // faultcode/faultstring are unqualified in SOAP 1.1.
    const text = (key: string): string => {
      const value = faultNode[key]
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? String(value['#text'] ?? '')
        : String(value ?? '')
    }
    return { kind: 'fault', faultcode: text('faultcode'), faultstring: text('faultstring') }
  }
  const children = Object.keys(bodyObject).filter((key) => !key.startsWith('@_') && key !== '#text')
  if (children.length !== 1)
    throw new ResponseStructureError(
      '/Envelope/Body',
      `expected one response element, found ${children.length}`
    )
  const name = split(children[0], extendScope(bodyObject, body[1]))
  const elementValue = bodyObject[children[0]]
  const elementScope =
    typeof elementValue === 'object' && !Array.isArray(elementValue)
      ? extendScope(elementValue, extendScope(bodyObject, body[1]))
      : extendScope(bodyObject, body[1])
  if (split(children[0], elementScope).namespace !== mplusNamespace) {
    throw new ResponseStructureError(
      `/Envelope/Body/${name.local}`,
      `response element is not in namespace ${mplusNamespace}`
    )
  }
  return {
    kind: 'body',
    element: name.local,
    content: clean(elementValue, elementScope, name.local)
  }
}

function extendScopeOfRoot(
  document: RawObject,
  scope: ReadonlyMap<string, string>
): ReadonlyMap<string, string> {
  // The root element's own xmlns attributes sit inside its value; resolve its prefix with them.
  for (const [key, value] of Object.entries(document)) {
    if (key.startsWith('?') || typeof value !== 'object' || Array.isArray(value)) continue
    return extendScope(value, scope)
  }
  return scope
}
