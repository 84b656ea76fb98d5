import { XMLBuilder } from 'fast-xml-parser'
import { readXml, XmlSyntaxError, type ReadSlices, type XmlElement } from './xml-reader'

/**
 * SOAP 1.1 document/literal envelopes for MplusQapi: requests built with fast-xml-parser (values
 * are escaped by the library, never concatenated), answers read with xml-reader.ts. Element order is part of the schema, so request
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

export type ParsedEnvelope =
  | { kind: 'body'; element: string; content: CleanNode }
  | { kind: 'fault'; faultcode: string; faultstring: string }

/**
 * An element of the payload as the response schemas read it: its text (trimmed) when it has no
 * child elements, else its children by local name, an array where a name repeats. Every element
 * must be in urn:mplusqapi; `path` names the element in errors.
 */
function clean(element: XmlElement, path: string): CleanNode {
  if (element.children.length === 0) return element.text.trim()
  const result: CleanObject = {}
  for (const child of element.children) {
    if (child.namespace !== mplusNamespace) {
      throw new ResponseStructureError(
        `${path}/${child.local}`,
        `element is in namespace ${child.namespace ?? '(none)'}, expected ${mplusNamespace}`
      )
    }
    // Would replace the object's prototype instead of adding a field.
    if (child.local === '__proto__')
      throw new ResponseStructureError(
        `${path}/${child.local}`,
        'is not an element name MplusQapi uses'
      )
    const value =
      child.children.length === 0 ? child.text.trim() : clean(child, `${path}/${child.local}`)
    const existing = result[child.local]
    // A cleaned value is never an array itself, so an array here is a repeated element.
    if (existing === undefined) result[child.local] = value
    else if (Array.isArray(existing)) existing.push(value)
    else result[child.local] = [existing, value]
  }
  return result
}

function childOf(element: XmlElement, local: string, namespace: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local && child.namespace === namespace)
}

/** Parses a response envelope: either the single Body element (prefix-free) or a SOAP Fault. */
export async function parseResponseEnvelope(
  xml: string,
  slices?: ReadSlices
): Promise<ParsedEnvelope> {
  let envelope: XmlElement
  try {
    envelope = await readXml(xml, slices)
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error
    throw new ResponseStructureError('/', `malformed XML (${error.message})`)
  }
  if (envelope.local !== 'Envelope' || envelope.namespace !== soapEnvelopeNamespace)
    throw new ResponseStructureError('/', 'not a SOAP 1.1 envelope')
  const body = childOf(envelope, 'Body', soapEnvelopeNamespace)
  if (!body) throw new ResponseStructureError('/Envelope', 'missing SOAP Body')
  const fault = childOf(body, 'Fault', soapEnvelopeNamespace)
  if (fault) {
    // faultcode/faultstring are unqualified in SOAP 1.1.
    const text = (name: string): string =>
      fault.children.find((child) => child.name === name)?.text.trim() ?? ''
    return { kind: 'fault', faultcode: text('faultcode'), faultstring: text('faultstring') }
  }
  if (body.children.length !== 1)
    throw new ResponseStructureError(
      '/Envelope/Body',
      `expected one response element, found ${body.children.length}`
    )
  const [answer] = body.children
  if (answer.namespace !== mplusNamespace) {
    throw new ResponseStructureError(
      `/Envelope/Body/${answer.local}`,
      `response element is not in namespace ${mplusNamespace}`
    )
  }
  return { kind: 'body', element: answer.local, content: clean(answer, answer.local) }
}
