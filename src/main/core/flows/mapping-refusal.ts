import type { RecordRefusal } from '../../../shared/contract'
import type { FieldError } from '../mapping/apply-mapping'
import type { PlannedRecord } from '../sync/flow'

/** A failed mapping as the plan's refusal: every field's problem in one sentence, and as codes. */
export function mappingRefusal(
  result: { errors: readonly FieldError[] },
  subject: string
): Extract<PlannedRecord<never>, { action: 'fail' }> {
  const problems = result.errors.map((error) => `${error.target}: ${error.message}`).join('; ')
  const notices = result.errors.map((error): RecordRefusal => ({
    code: error.code,
    params: { field: error.target, ...error.params }
  }))
  return {
    action: 'fail',
    kind: 'validation',
    reason: `${subject} cannot be sent — ${problems}.`,
    notices
  }
}
