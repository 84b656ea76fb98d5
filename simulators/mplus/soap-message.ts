import { XMLBuilder } from 'fast-xml-parser'
import { mplusNamespace } from './schema-model'
import {
  childrenOf,
  orderedParser,
  resolveName,
  SchemaViolation,
  scopeOf,
  soapEnvelopeNamespace,
  tagOf,
  type OrderedNode
} from './xml-codec'

export interface SoapRequest {
  operation: string
  bodyChild: OrderedNode
  scope: ReadonlyMap<string, string>
}

function elements(nodes: OrderedNode[]): OrderedNode[] {
  return nodes.filter((n) => {
    const tag = tagOf(n)
    return tag !== undefined && tag !== '#text' && tag !== '#comment' && !tag.startsWith('?')
  })
}

/** Parses a SOAP 1.1 envelope namespace-aware; the operation is the Body's first child (not SOAPAction). */
export function parseSoapRequest(xml: string): SoapRequest {
  if (/<!DOCTYPE/i.test(xml))
    throw new SchemaViolation('/', 'DOCTYPE declarations are not accepted')
  let document: OrderedNode[]
  try {
    document = orderedParser.parse(xml, true) as OrderedNode[]
  } catch (error) {
    throw new SchemaViolation('/', `malformed XML: ${(error as Error).message}`)
  }
  const roots = elements(document)
  if (roots.length !== 1) throw new SchemaViolation('/', 'expected exactly one root element')
  const envelope = roots[0]
  const envelopeScope = scopeOf(envelope, new Map())
  const envelopeName = resolveName(tagOf(envelope) ?? '', envelopeScope)
  if (envelopeName.local !== 'Envelope' || envelopeName.namespace !== soapEnvelopeNamespace) {
    throw new SchemaViolation('/', `root must be a SOAP 1.1 Envelope in ${soapEnvelopeNamespace}`)
  }
  const parts = elements(childrenOf(envelope))
  const body = parts.find(
    (p) => resolveName(tagOf(p) ?? '', scopeOf(p, envelopeScope)).local === 'Body'
  )
  if (!body) throw new SchemaViolation('/Envelope', 'missing Body')
  const bodyScope = scopeOf(body, envelopeScope)
  if (resolveName(tagOf(body) ?? '', bodyScope).namespace !== soapEnvelopeNamespace) {
    throw new SchemaViolation('/Envelope/Body', 'Body is not in the SOAP envelope namespace')
  }
  const content = elements(childrenOf(body))
  if (content.length !== 1)
    throw new SchemaViolation('/Envelope/Body', 'expected exactly one operation element')
  const bodyChild = content[0]
  const scope = scopeOf(bodyChild, bodyScope)
  const name = resolveName(tagOf(bodyChild) ?? '', scope)
  if (name.namespace !== mplusNamespace) {
    throw new SchemaViolation(
      `/Envelope/Body/${name.local}`,
      `operation element must be in namespace ${mplusNamespace}`
    )
  }
  return { operation: name.local, bodyChild, scope }
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false
})

/**
 * A SOAP 1.1 Fault, sent with HTTP 500. The real server's fault codes and texts are UNCONFIRMED
 * (reference §4, §10.1): the simulator uses SOAP-ENV:Client / SOAP-ENV:Server with dotted subcodes
 * such as Client.Authentication, as the official PHP client's comments suggest.
 */
export function soapFault(faultcode: string, faultstring: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${
    builder.build({
      'SOAP-ENV:Envelope': {
        '@_xmlns:SOAP-ENV': soapEnvelopeNamespace,
        'SOAP-ENV:Body': { 'SOAP-ENV:Fault': { faultcode, faultstring } }
      }
    }) as string
  }`
}
