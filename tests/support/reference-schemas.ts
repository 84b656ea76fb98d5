import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLParser } from 'fast-xml-parser'

/**
 * Field names and types from the API references in ../shared/reference (the Mplus WSDL and the
 * Mailchimp OpenAPI subset), so tests can check our payload field names against the authority
 * instead of against our own beliefs.
 */

export const referenceDir = resolve(
  fileURLToPath(new URL('../..', import.meta.url)),
  '../shared/reference'
)
export const referenceAvailable = existsSync(referenceDir)
/** Skipping is allowed only on a developer machine without the folder, never in CI. */
export const skipReferenceChecks = !referenceAvailable && !process.env.CI
export const referenceSkipMessage = `skipped: ${referenceDir} is absent (allowed only outside CI)`

export type FieldKind = 'string' | 'integer' | 'number' | 'boolean' | 'object'

export interface ReferenceField {
  kind: FieldKind
  /** The schema demands the field (no minOccurs="0" / listed in `required`) whenever its parent is sent. */
  required: boolean
  maxLength?: number
}

/** One element of an XSD sequence: its name and its type's name without the prefix. */
export interface SequenceElement {
  name: string
  type: string
}

export interface MplusTypes {
  field(rootType: string, dottedPath: string): ReferenceField | undefined
  /** A complexType's elements in their sequence order (inherited ones first); undefined when no complexType has the name. */
  sequence(typeName: string): SequenceElement[] | undefined
  /** The elements of an operation's request element (`<createProduct>`), in order. */
  operationSequence(operation: string): SequenceElement[] | undefined
}

interface XsdElement {
  '@_name': string
  '@_type': string
  '@_minOccurs'?: string
}
interface XsdComplexType {
  '@_name': string
  sequence?: { element?: XsdElement[] } | ''
  complexContent?: { extension?: { '@_base': string; sequence?: { element?: XsdElement[] } } }
}

export function loadMplusTypes(): MplusTypes {
  const xml = readFileSync(join(referenceDir, 'mplus', 'mplusqapi.wsdl'), 'utf8')
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    isArray: (name) => name === 'complexType' || name === 'element' || name === 'simpleType'
  })
  const schema = parser.parse(xml).definitions.types.schema
  const complexTypes = new Map<string, XsdComplexType>(
    (schema.complexType as XsdComplexType[]).map((type) => [type['@_name'], type])
  )
  const simpleTypes = new Set<string>(
    (schema.simpleType as { '@_name': string }[]).map((type) => type['@_name'])
  )

  const elementsOf = (typeName: string): XsdElement[] => {
    const type = complexTypes.get(typeName)
    if (!type) return []
    const extension = type.complexContent?.extension
    const inherited = extension ? elementsOf(extension['@_base'].replace(/^.*:/, '')) : []
    return [...inherited, ...sequenceOf(type), ...(extension?.sequence?.element ?? [])]
  }
  const topLevel = new Map<string, { complexType?: XsdComplexType[] }>(
    (schema.element as ({ '@_name': string } & { complexType?: XsdComplexType[] })[]).map(
      (element) => [element['@_name'], element]
    )
  )
  const named = (elements: XsdElement[]): SequenceElement[] =>
    elements.map((element) => ({
      name: element['@_name'],
      type: element['@_type'].replace(/^.*:/, '')
    }))
  const kindOf = (xsdType: string): FieldKind | undefined => {
    const [prefix, name] = xsdType.includes(':') ? xsdType.split(':') : ['', xsdType]
    if (prefix === 'xsd') {
      if (name === 'string' || name === 'date' || name === 'dateTime') return 'string'
      if (name === 'int' || name === 'long' || name === 'short') return 'integer'
      if (name === 'decimal' || name === 'double' || name === 'float') return 'number'
      if (name === 'boolean') return 'boolean'
      return undefined
    }
    if (simpleTypes.has(name)) return 'string'
    return complexTypes.has(name) ? 'object' : undefined
  }
  return {
    sequence: (typeName) => (complexTypes.has(typeName) ? named(elementsOf(typeName)) : undefined),
    operationSequence(operation) {
      const type = topLevel.get(operation)?.complexType?.[0]
      return type && named(sequenceOf(type))
    },
    field(rootType, dottedPath) {
      let typeName = rootType
      let found: ReferenceField | undefined
      for (const segment of dottedPath.split('.')) {
        const element = elementsOf(typeName).find((candidate) => candidate['@_name'] === segment)
        const kind = element && kindOf(element['@_type'])
        if (!element || !kind) return undefined
        found = { kind, required: element['@_minOccurs'] !== '0' }
        typeName = element['@_type'].replace(/^.*:/, '')
      }
      return found
    }
  }
}

function sequenceOf(type: XsdComplexType): XsdElement[] {
  return (typeof type.sequence === 'object' && type.sequence.element) || []
}

interface OpenApiSchema {
  $ref?: string
  type?: string
  properties?: Record<string, OpenApiSchema>
  items?: OpenApiSchema
  maxLength?: number
  required?: string[]
}

export interface MailchimpSpec {
  /** `operation` is "METHOD /path" as in the spec. */
  field(operation: string, dottedPath: string): ReferenceField | undefined
}

export function loadMailchimpSpec(): MailchimpSpec {
  const spec = JSON.parse(
    readFileSync(join(referenceDir, 'mailchimp', 'mailchimp-marketing-3.0.55-subset.json'), 'utf8')
  ) as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: OpenApiSchema }> } }>
    >
    components: { schemas: Record<string, OpenApiSchema> }
  }
  const resolveRef = (schema: OpenApiSchema): OpenApiSchema =>
    schema.$ref
      ? resolveRef(spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')])
      : schema
  return {
    field(operation, dottedPath) {
      const [method, path] = operation.split(' ')
      const body =
        spec.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema
      let schema: OpenApiSchema | undefined = body && resolveRef(body)
      let required = false
      for (const segment of dottedPath.split('.')) {
        required = schema?.required?.includes(segment) ?? false
        const property: OpenApiSchema | undefined = schema?.properties?.[segment]
        schema = property && resolveRef(property)
      }
      if (!schema?.type || schema.type === 'array' || schema.type === 'object') return undefined
      return {
        kind: schema.type as FieldKind,
        required,
        ...(schema.maxLength ? { maxLength: schema.maxLength } : {})
      }
    }
  }
}
