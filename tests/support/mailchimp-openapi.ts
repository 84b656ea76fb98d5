import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Validates request bodies against Mailchimp's own OpenAPI spec (3.0.55 subset), loaded from
 * ../shared/reference — never copied into the project. Beyond the schema, it flags properties the
 * schema does not define (the spec does not forbid them, but a misspelt field is silently ignored
 * by the live API, which is exactly the bug we want to catch).
 */
export const mailchimpSpecPath = resolve(
  __dirname,
  '../../../shared/reference/mailchimp/mailchimp-marketing-3.0.55-subset.json'
)

/** Tests may skip only when the reference folder is absent outside CI. */
export const mailchimpSpecAvailable = existsSync(mailchimpSpecPath) || Boolean(process.env.CI)

type JsonSchema = {
  $ref?: string
  type?: string
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  required?: string[]
  readOnly?: boolean
}

interface OpenApiSpec {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
  >
  components: { schemas: Record<string, JsonSchema> }
}

export interface RequestToCheck {
  method: string
  template: string | null
  body: unknown
}

export interface RequestValidator {
  /** Validates one request; returns the problems found (empty when it conforms). */
  check(request: RequestToCheck): string[]
  /** Remembers the problems of a request, for asserting at the end of a test. */
  record(request: RequestToCheck): void
  problems(): string[]
  checkedCount(): number
}

/**
 * Where the saved spec is known to be wrong or older than the API (each change says why):
 * - 2026 product PUT (upsertStoreProduct; mailchimp-api.md §6, subset info.x-known-defects): the
 *   product POST body with only `id` required.
 * - 2026 order PATCH lines carry `id` (§6: "PATCH lines have id"), so a line can be addressed.
 * - Member `merge_fields` values: the converted spec types every value as an object, but §4.5
 *   lists text/phone as strings, number as a number and only ADDRESS as an object.
 */
function applyKnownCorrections(spec: OpenApiSpec): void {
  const schemas = spec.components.schemas
  for (const name of ['Add_List_Members_1', 'Add_List_Members_2', 'Add_List_Members_3']) {
    const mergeFields = schemas[name].properties?.merge_fields as JsonSchema & {
      additionalProperties?: unknown
    }
    mergeFields.additionalProperties = { type: ['string', 'number', 'object'] }
  }
  const patchLine = schemas['E_commerce_Order_Line_Item_2']
  schemas['E_commerce_Order_Line_Item_2'] = {
    ...patchLine,
    properties: { ...patchLine.properties, id: { type: 'string' } }
  }
  const productPath = '/ecommerce/stores/{store_id}/products/{product_id}'
  const postSchema = spec.components.schemas['E_commerce_Product_1']
  spec.components.schemas['Upsert_E_commerce_Product_2026'] = { ...postSchema, required: ['id'] }
  spec.paths[productPath].put = {
    requestBody: {
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/Upsert_E_commerce_Product_2026' }
        }
      }
    }
  }
}

export function loadMailchimpRequestValidator(): RequestValidator {
  const spec = JSON.parse(readFileSync(mailchimpSpecPath, 'utf8')) as OpenApiSpec
  applyKnownCorrections(spec)
  // OpenAPI keywords (x-title, readOnly, example…) are not JSON Schema vocabulary: not strict.
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'mailchimp', components: spec.components })
  const compiled = new Map<string, ValidateFunction>()
  const resolveRef = (schema: JsonSchema): JsonSchema =>
    schema.$ref ? resolveRef(spec.components.schemas[schema.$ref.split('/').pop() ?? '']) : schema

  const unknownProperties = (schema: JsonSchema, value: unknown, path: string): string[] => {
    const resolved = resolveRef(schema)
    if (Array.isArray(value) && resolved.items)
      return value.flatMap((item, index) =>
        unknownProperties(resolved.items as JsonSchema, item, `${path}[${index}]`)
      )
    if (typeof value !== 'object' || value === null || !resolved.properties) return []
    const properties = resolved.properties
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      key in properties
        ? unknownProperties(properties[key], child, `${path}.${key}`)
        : [`${path}.${key} is not a property of the spec's request schema`]
    )
  }

  const problems: string[] = []
  let checked = 0
  const check = (request: RequestToCheck): string[] => {
    if (request.body === undefined || request.template === null) return []
    const operation = spec.paths[request.template]?.[request.method.toLowerCase()]
    const schema = operation?.requestBody?.content['application/json']?.schema
    const label = `${request.method} ${request.template}`
    if (!schema) return [`${label}: the spec has no request body for this operation`]
    checked++
    let validate = compiled.get(label)
    if (!validate) {
      validate = ajv.compile({ $ref: `mailchimp${schema.$ref ?? ''}` })
      compiled.set(label, validate)
    }
    const found: string[] = []
    if (!validate(request.body))
      for (const error of validate.errors ?? [])
        found.push(`${label}: ${error.instancePath || '(body)'} ${error.message}`)
    for (const unknown of unknownProperties(schema, request.body, 'body'))
      found.push(`${label}: ${unknown}`)
    return found
  }
  return {
    check,
    record: (request) => problems.push(...check(request)),
    problems: () => [...problems],
    checkedCount: () => checked
  }
}
