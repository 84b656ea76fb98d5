import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { format, resolveConfig } from 'prettier'
import { mplusWsdlPath } from '../simulators/mplus/reference-availability'
import type { MplusModelData, ModelField } from '../simulators/mplus/schema-model'

/**
 * Developer tool, never run by the product: derives the simulator's model of MplusQapi (element
 * names and order, field types, occurrence limits, enum values, the irregular response element
 * names) from the official WSDL in the reference folder and writes it as our own TypeScript module,
 * simulators/mplus/generated/mplus-model.ts. The WSDL itself is never copied into the project.
 *
 *   npx tsx scripts/generate-mplus-model.ts [path/to/mplusqapi.wsdl]
 *
 * simulators/mplus/schema-model.test.ts checks the committed module is in step with the WSDL.
 */

const generatedModelPath = resolve(__dirname, '../simulators/mplus/generated/mplus-model.ts')

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

/** The model of the WSDL's embedded schema and port type, as plain data. */
export function deriveMplusModel(wsdlText: string): MplusModelData {
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
  const document = parser.parse(wsdlText.replace(/^\uFEFF/, '')) as {
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

  const enums: Record<string, string[]> = {}
  const simpleBases = new Map<string, string>()
  for (const simple of schema.simpleType) {
    const values = simple.restriction.enumeration
    if (values) enums[simple.name] = values.map((v) => v.value)
    else simpleBases.set(simple.name, localName(simple.restriction.base))
  }

  const typeRef = (qualified: string): string => {
    if (qualified === 'SOAP-ENC:base64') return 'xsd:base64'
    const name = localName(qualified)
    if (qualified.startsWith('xsd:')) {
      if (!builtinTypes.has(name))
        throw new Error(`WSDL uses unsupported builtin type ${qualified}`)
      return `xsd:${name}`
    }
    if (name in enums) return `enum:${name}`
    const base = simpleBases.get(name)
    if (base) return `xsd:${base}`
    return name
  }

  const rawComplex = new Map(schema.complexType.map((c) => [c.name ?? '', c]))
  const complexTypes: Record<string, ModelField[]> = {}
  const fieldsOfSequence = (sequence: RawSequence | '' | undefined): ModelField[] =>
    (sequence ? (sequence.element ?? []) : []).map((element) => {
      if (!element.type)
        throw new Error(`WSDL element ${element.name} has an inline type; not supported here`)
      const minOccurs = element.minOccurs === undefined ? 1 : Number(element.minOccurs)
      const maxOccurs =
        element.maxOccurs === undefined
          ? 1
          : element.maxOccurs === 'unbounded'
            ? 'unbounded'
            : Number(element.maxOccurs)
      return [element.name, typeRef(element.type), minOccurs, maxOccurs]
    })
  const resolveComplex = (name: string, raw: RawComplex): ModelField[] => {
    const known = complexTypes[name]
    if (known) return known
    let fields: ModelField[]
    if (raw.complexContent) {
      const baseName = localName(raw.complexContent.extension.base)
      const baseRaw = rawComplex.get(baseName)
      if (!baseRaw) throw new Error(`WSDL type ${name} extends unknown ${baseName}`)
      fields = [
        ...resolveComplex(baseName, baseRaw),
        ...fieldsOfSequence(raw.complexContent.extension.sequence)
      ]
    } else {
      fields = fieldsOfSequence(raw.sequence)
    }
    complexTypes[name] = fields
    return fields
  }
  for (const [name, raw] of rawComplex) resolveComplex(name, raw)

  const elementTypes = new Map<string, string>()
  for (const element of schema.element) {
    if (element.type) {
      const typeName = localName(element.type)
      if (!(typeName in complexTypes))
        throw new Error(`WSDL element ${element.name} has the unknown type ${typeName}`)
      elementTypes.set(element.name, typeName)
    } else if (element.complexType) {
      const typeName = `(${element.name})`
      resolveComplex(typeName, element.complexType[0])
      elementTypes.set(element.name, typeName)
    }
  }
  const messageElements = new Map(
    document.definitions.message.map((m) => [m.name, localName(m.part[0].element)])
  )

  const operations: MplusModelData['operations'] = {}
  for (const operation of document.definitions.portType.operation) {
    const inputElement = messageElements.get(localName(operation.input.message))
    const outputElement = messageElements.get(localName(operation.output.message))
    if (!inputElement || !outputElement)
      throw new Error(`WSDL operation ${operation.name} lacks a message`)
    const input = elementTypes.get(inputElement)
    const output = elementTypes.get(outputElement)
    if (!input || !output)
      throw new Error(`WSDL operation ${operation.name} refers to an unknown element`)
    operations[operation.name] = [input, outputElement, output]
  }
  return { enums, complexTypes, operations }
}

async function generatedModelSource(model: MplusModelData): Promise<string> {
  const source =
    '// Generated by scripts/generate-mplus-model.ts from the MplusQapi WSDL (names, types and order\n' +
    '// only). Do not edit by hand: re-run the script when the WSDL changes.\n' +
    "import type { MplusModelData } from '../schema-model'\n\n" +
    `export const mplusModel: MplusModelData = ${JSON.stringify(model)}\n`
  return format(source, { ...(await resolveConfig(generatedModelPath)), parser: 'typescript' })
}

async function main(): Promise<void> {
  const wsdlPath = process.argv[2] ?? mplusWsdlPath
  const model = deriveMplusModel(readFileSync(wsdlPath, 'utf8'))
  writeFileSync(generatedModelPath, await generatedModelSource(model))
  console.log(
    `Wrote ${generatedModelPath}: ${Object.keys(model.operations).length} operations, ` +
      `${Object.keys(model.complexTypes).length} types, ${Object.keys(model.enums).length} enums`
  )
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
