import { invalidResource, type FieldError } from './problem'

/**
 * A small declarative description of a request body, written from the reference's endpoint
 * tables, and the checker that answers a mismatch with the messages the real API uses
 * ("Required fields were not provided: …", "Schema describes array, object found instead").
 * Unknown fields are ignored, as the live API ignores them.
 */
export type BodySchema =
  | { type: 'string'; maxLength?: number; enum?: readonly string[]; format?: 'date-time' }
  | { type: 'number' | 'integer' | 'boolean' }
  | {
      type: 'object'
      properties?: Record<string, BodySchema>
      required?: readonly string[]
      free?: true
    }
  | { type: 'array'; items: BodySchema; minItems?: number }

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  // A missing body reads as null, as the API reports it.
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function matchesType(schema: BodySchema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

function check(schema: BodySchema, value: unknown, path: string, errors: FieldError[]): void {
  const field = path || 'body'
  if (!matchesType(schema, value)) {
    errors.push({
      field,
      message: `Schema describes ${schema.type}, ${describe(value)} found instead`
    })
    return
  }
  if (schema.type === 'string') {
    const text = value as string
    if (schema.maxLength !== undefined && text.length > schema.maxLength)
      errors.push({
        field,
        message: `String is too long (${text.length} chars), maximum ${schema.maxLength}`
      })
    if (schema.enum && !schema.enum.includes(text))
      errors.push({
        field,
        message: `Value does not match one of the allowed values: ${schema.enum.join(', ')}`
      })
    if (schema.format === 'date-time' && !isoDateTime.test(text))
      errors.push({ field, message: 'Data did not match the date-time format (ISO 8601).' })
  } else if (schema.type === 'array') {
    const items = value as unknown[]
    if (schema.minItems !== undefined && items.length < schema.minItems)
      errors.push({ field, message: `Array must contain at least ${schema.minItems} item(s).` })
    items.forEach((item, index) => check(schema.items, item, `${field}[${index}]`, errors))
  } else if (schema.type === 'object' && !schema.free) {
    const record = value as Record<string, unknown>
    const missing = (schema.required ?? []).filter(
      (key) => record[key] === undefined || record[key] === null
    )
    if (missing.length > 0)
      errors.push({
        field: path,
        message: `Required fields were not provided: ${missing.join(', ')}`
      })
    for (const [key, propertySchema] of Object.entries(schema.properties ?? {})) {
      if (record[key] === undefined || record[key] === null) continue
      check(propertySchema, record[key], path ? `${path}.${key}` : key, errors)
    }
  }
}

/** Throws the API's "Invalid Resource" problem when `body` does not fit `schema`. */
export function validateBody(schema: BodySchema, body: unknown): void {
  const errors: FieldError[] = []
  check(schema, body, '', errors)
  if (errors.length > 0) throw invalidResource(errors)
}

export const str: BodySchema = { type: 'string' }
export const num: BodySchema = { type: 'number' }
export const int: BodySchema = { type: 'integer' }
export const bool: BodySchema = { type: 'boolean' }
export const dateTime: BodySchema = { type: 'string', format: 'date-time' }
export const freeObject: BodySchema = { type: 'object', free: true }

export function obj(
  properties: Record<string, BodySchema>,
  required: readonly string[] = []
): BodySchema {
  return { type: 'object', properties, required }
}

export function arr(items: BodySchema, minItems?: number): BodySchema {
  return { type: 'array', items, minItems }
}

/** The same object with other required fields (POST vs PUT vs PATCH share their properties). */
export function withRequired(schema: BodySchema, required: readonly string[]): BodySchema {
  if (schema.type !== 'object') throw new Error('withRequired needs an object schema')
  return { ...schema, required }
}

export function without(schema: BodySchema, ...keys: string[]): BodySchema {
  if (schema.type !== 'object') throw new Error('without needs an object schema')
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).filter(([key]) => !keys.includes(key))
  )
  return { ...schema, properties }
}

export function extend(schema: BodySchema, properties: Record<string, BodySchema>): BodySchema {
  if (schema.type !== 'object') throw new Error('extend needs an object schema')
  return { ...schema, properties: { ...schema.properties, ...properties } }
}
