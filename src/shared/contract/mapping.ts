import { z } from 'zod'
import { defineCall } from './define'
import {
  FlowMapping,
  JsonValue,
  LookupTables,
  MappingFlow,
  TargetSection,
  type FlowMappingInput
} from './mapping-model'
import { RecordNotice, recordRefusalCodes } from './record-notices'

export * from './mapping-model'
export * from './record-notices'
export * from './run-problems'

export const StoredMapping = z.object({
  flow: MappingFlow,
  mapping: FlowMapping,
  /** true when nothing is stored and the built-in default applies. */
  isDefault: z.boolean(),
  updatedAt: z.int().nullable()
})
export type StoredMapping = z.infer<typeof StoredMapping>

/** Why a rule cannot fill its field: the code the hosts word, the developer detail in `message`. */
const FieldError = z.object({
  message: z.string(),
  code: z.enum(recordRefusalCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})

/** What one rule does to one record: for the preview next to the mapping editor. */
export const FieldPlan = z.object({
  target: z.string(),
  /** The source in words, e.g. "merge_fields.FNAME + merge_fields.LNAME". */
  source: z.string(),
  transforms: z.array(z.string()),
  writtenOn: z.enum(['create-and-update', 'create-only']),
  required: z.boolean(),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), value: JsonValue }),
    /** Empty in the source and not required: the field is left out of the payload. */
    z.object({ kind: z.literal('omitted') }),
    z.object({ kind: z.literal('error'), ...FieldError.shape })
  ])
})
export type FieldPlan = z.infer<typeof FieldPlan>

export const MappingResultShape = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    create: z.record(z.string(), JsonValue),
    update: z.record(z.string(), JsonValue),
    warnings: z.array(RecordNotice)
  }),
  z.object({
    ok: z.literal(false),
    errors: z.array(FieldError.extend({ target: z.string() }))
  })
])

export const MappingPlan = z.object({ fields: z.array(FieldPlan), result: MappingResultShape })
export type MappingPlan = z.infer<typeof MappingPlan>

/**
 * A real record read from the flow's source, run through the flow with the (draft) mapping: what
 * came in (as the mapping reads it), what would be sent now, what was sent last time, and what the
 * next run would decide.
 */
export const LiveRecordPreview = z.object({
  sourceId: z.string(),
  /** The record's own name ("Stroopwafels"), when the flow has one. */
  label: z.string().nullable(),
  /** The record as the mapping reads it (products: `{ product, article, group }`); null when the flow decided before mapping it. */
  record: JsonValue.nullable(),
  decision: z.object({
    action: z.enum(['create', 'update', 'skip', 'wait', 'fail']),
    /** Developer words (CLI); the editor words `notices` and `sameAsLedger`. */
    reason: z.string().nullable(),
    notices: z.array(RecordNotice),
    /** skip because the payload is what was sent last time (unchanged). */
    sameAsLedger: z.boolean()
  }),
  /** JSON text of what the run would send, for create and update. */
  payload: z.string().nullable(),
  /** From the activity log: the last payload sent for this record, when kept. */
  lastSent: z.object({ payload: z.string(), at: z.int() }).nullable()
})
export type LiveRecordPreview = z.infer<typeof LiveRecordPreview>

export const RecordPreview = MappingPlan.extend({
  /** Set when the core read the record itself (no record given). */
  live: LiveRecordPreview.nullable()
})
export type RecordPreview = z.infer<typeof RecordPreview>

const FlowInput = z.object({ flow: MappingFlow }).strict()

export const mappingCalls = {
  'mapping.get': defineCall(
    FlowInput,
    StoredMapping,
    "A flow's mapping: the stored one, else the default."
  ),
  'mapping.save': defineCall(
    z
      .object({
        flow: MappingFlow,
        // Checked by the core, which names the rule's target field in every refusal.
        mapping: z.custom<FlowMappingInput>()
      })
      .strict(),
    StoredMapping,
    'Validate and store a mapping; refused (invalid-input) with the failing fields named.'
  ),
  'mapping.reset': defineCall(
    FlowInput,
    StoredMapping,
    'Forget the stored mapping: the default applies again.'
  ),
  'mapping.lookups.get': defineCall(
    z.object({}).strict().default({}),
    LookupTables,
    'The lookup tables (VAT code and turnover group per country, payment and delivery methods, …).'
  ),
  'mapping.lookups.save': defineCall(
    z.object({ lookups: LookupTables }).strict(),
    LookupTables,
    'Replace the lookup tables; refused when a mapping still uses a table that would disappear.'
  ),
  'mapping.previewRecord': defineCall(
    z
      .object({
        flow: MappingFlow,
        /**
         * A record as the mapping reads it (e.g. a member pasted from the log); without it the
         * core reads a real one from the flow's source: `sourceId`, else the first.
         */
        record: JsonValue.optional(),
        sourceId: z.string().min(1).max(200).optional(),
        /** A draft from the editor; without it the stored (or default) mapping is used. */
        mapping: z.custom<FlowMappingInput>().optional()
      })
      .strict(),
    RecordPreview,
    'What the (draft) mapping makes of one record, field by field, the exact payloads, and for a real record read from the source the decision next to what was sent last time. Writes nothing.'
  ),
  'mapping.targets': defineCall(
    FlowInput,
    z.object({
      flow: MappingFlow,
      sections: z.array(TargetSection),
      transforms: z.array(z.string())
    }),
    'The fields a flow can write (with types and limits from the API references) and the transforms on offer.'
  )
}
