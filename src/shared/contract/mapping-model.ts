import { z } from 'zod'
import { mappingFlows } from '../flows/catalogue'

/**
 * The mapping model: per flow, an ordered list of field rules that turn one source record into the
 * payload sent to the target system. It lives in `shared` (not in the core) because the contract and
 * the mapping editor need the same schema the core validates with.
 */

/** The flows with an editable field mapping (from the flow catalogue). */
export { mappingFlows }
export const MappingFlow = z.enum(mappingFlows)
export type MappingFlow = z.infer<typeof MappingFlow>

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export const JsonValue: z.ZodType<JsonValue> = z.json()

const reservedSegments = new Set(['__proto__', 'constructor', 'prototype'])

/** `a.b.c` or `lines.0.price`: letters, digits, `_` and `-` per segment. */
const dottedPath = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
    'a path is names separated by dots, e.g. "address.city"'
  )
  // Writing to these would change every object in the process, not the payload.
  .refine((path) => !path.split('.').some((segment) => reservedSegments.has(segment)), {
    message: 'a path cannot use __proto__, constructor or prototype'
  })

/** Where a value comes from. */
export type Source =
  | { path: string }
  | { constant: JsonValue }
  | { concat: Source[]; separator?: string }
  /** The first non-empty value, e.g. the company name, else the person's name. */
  | { firstOf: Source[] }

export const Source: z.ZodType<Source> = z.lazy(() =>
  z.union(
    [
      z.object({ path: dottedPath }).strict(),
      z.object({ constant: JsonValue }).strict(),
      z
        .object({
          concat: z.array(Source).min(1).max(20),
          separator: z.string().max(20).optional()
        })
        .strict(),
      z.object({ firstOf: z.array(Source).min(1).max(20) }).strict()
    ],
    {
      error:
        'a source is {path}, {constant}, {concat: [sources], separator} or {firstOf: [sources]}'
    }
  )
)

/** A VAT rate in percent (21 for 21 %), read from the record or fixed. */
const VatRate = z.union([
  z.object({ path: dottedPath }).strict(),
  z.object({ constant: z.number().min(0).max(100) }).strict()
])

function kindOf(input: unknown): unknown {
  return typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : input
}

const MissingBehaviour = z.enum(['error', 'empty'])

export const Transform = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('centsToDecimal') }).strict(),
    z.object({ kind: z.literal('decimalToCents') }).strict(),
    z
      .object({
        kind: z.literal('inclToExclVat'),
        rate: VatRate,
        unit: z.enum(['cents', 'decimal']).default('cents')
      })
      .strict(),
    z
      .object({
        kind: z.literal('exclToInclVat'),
        rate: VatRate,
        unit: z.enum(['cents', 'decimal']).default('cents')
      })
      .strict(),
    z.object({ kind: z.literal('trim') }).strict(),
    z
      .object({
        kind: z.literal('truncate'),
        maxLength: z.int().min(1).max(1_000_000),
        by: z.enum(['characters', 'utf8Bytes']).default('characters')
      })
      .strict(),
    z
      .object({
        kind: z.literal('splitStreet'),
        part: z.enum(['street', 'houseNumber', 'suffix']),
        onMissingNumber: MissingBehaviour.default('error')
      })
      .strict(),
    z
      .object({
        kind: z.literal('joinStreet'),
        numberFirst: z.boolean().default(false),
        suffixSeparator: z.string().max(5).default('-')
      })
      .strict(),
    z.object({ kind: z.literal('countryToIso2') }).strict(),
    z.object({ kind: z.literal('countryToIso3') }).strict(),
    z
      .object({
        kind: z.literal('lookup'),
        table: z.string().min(1).max(60),
        onMissing: MissingBehaviour.default('error')
      })
      .strict(),
    z.object({ kind: z.literal('digitsOnly') }).strict(),
    z.object({ kind: z.literal('lowercase') }).strict(),
    z.object({ kind: z.literal('uppercase') }).strict(),
    /** Text put before (prefix) or after (suffix) the value, e.g. "NL-" before an article number. */
    z.object({ kind: z.literal('prefix'), text: z.string().min(1).max(100) }).strict(),
    z.object({ kind: z.literal('suffix'), text: z.string().min(1).max(100) }).strict(),
    z.object({ kind: z.literal('toInteger') }).strict(),
    z.object({ kind: z.literal('toString') }).strict(),
    z.object({ kind: z.literal('default'), value: JsonValue }).strict(),
    z
      .object({
        kind: z.literal('concat'),
        append: z.array(Source).min(1).max(20),
        separator: z.string().max(20).default(' ')
      })
      .strict()
  ],
  {
    error: (issue): string | undefined =>
      issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
        ? `unknown transform ${JSON.stringify(kindOf(issue.input))} (known: ${transformKinds.join(', ')})`
        : undefined
  }
)
export type Transform = z.infer<typeof Transform>
/** Every transform's name, for the editor and for error messages. */
export const transformKinds: readonly string[] = Transform.options.map(
  (option) => option.shape.kind.value
)
export type TransformKind = Transform['kind']

export const FieldRule = z
  .object({
    /** Dotted path in the target payload, e.g. `invoiceAddress.city`. */
    target: dottedPath,
    source: Source,
    transforms: z.array(Transform).max(30).default([]),
    /** false = written when the record is created, never on later updates (keeps edits made in the target). */
    updateOnChange: z.boolean().default(true),
    /** An empty value is a per-record error instead of an omitted field. */
    required: z.boolean().default(false),
    /**
     * A text longer than the target field takes: the record is refused (the default), or the text
     * is cut to the limit with a warning on the record's log entry.
     */
    tooLong: z.enum(['refuse', 'truncate']).optional()
  })
  .strict()
export type FieldRule = z.infer<typeof FieldRule>

export const FlowMapping = z
  .object({ rules: z.array(FieldRule).max(300) })
  .strict()
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, number>()
    mapping.rules.forEach((rule, index) => {
      const earlier = seen.get(rule.target)
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'target'],
          message: `target '${rule.target}' is already filled by rule ${earlier + 1}`
        })
      }
      seen.set(rule.target, index)
    })
    mapping.rules.forEach((rule, index) => {
      const parent = [...seen.keys()].find((other) => rule.target.startsWith(`${other}.`))
      if (parent) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'target'],
          message: `target '${rule.target}' lies inside '${parent}', which another rule fills as a whole`
        })
      }
    })
  })
export type FlowMapping = z.infer<typeof FlowMapping>
export type FlowMappingInput = z.input<typeof FlowMapping>

export const standardLookupTables = [
  'vatCodeByCountry',
  'turnoverGroupByCountry',
  'paymentMethods',
  'deliveryMethods'
] as const

/** key → value, with an optional value for keys the table does not list. */
export const LookupTable = z
  .object({
    entries: z.record(z.string().min(1).max(100), JsonValue),
    default: JsonValue.optional()
  })
  .strict()
export type LookupTable = z.infer<typeof LookupTable>

export const LookupTables = z.record(
  z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9_-]{0,59}$/,
      'a table name is a letter followed by letters, digits, _ or -'
    ),
  LookupTable
)
export type LookupTables = z.infer<typeof LookupTables>

/** One field the target system accepts, from the reference (WSDL / OpenAPI). */
export const TargetField = z.object({
  path: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  maxLength: z.int().optional(),
  /** The target refuses a record without it: a mapping must fill it, and an empty value is an error. */
  required: z.boolean().optional(),
  description: z.string()
})
export type TargetField = z.infer<typeof TargetField>

/** A part of a flow's payload and where its field names come from. */
export const TargetSection = z.object({
  /** Prefix of the target paths in this section ('' for the whole payload). */
  prefix: z.string(),
  system: z.enum(['mplus', 'mailchimp']),
  /** Mplus: the WSDL complexType; Mailchimp: "METHOD path" of the OpenAPI operation whose body this is. */
  referenceType: z.string(),
  fields: z.array(TargetField)
})
export type TargetSection = z.infer<typeof TargetSection>
