import { z } from 'zod'
import { RecordNotice, RunProblem } from '../../../shared/contract'

/** Codes as stored (a record's notices, 0011; a run's problems, 0015): a JSON array, or null when there are none. */
function toJson(codes: readonly unknown[] | undefined): string | null {
  return codes && codes.length > 0 ? JSON.stringify(codes) : null
}

/** The stored codes; a row from before their column (null), or one a later version wrote, reads as none. */
function fromJson<T>(schema: z.ZodType<T[]>, text: string | null): T[] {
  if (text === null) return []
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

const StoredNotices = z.array(RecordNotice)
const StoredProblems = z.array(RunProblem)

export const noticesToJson = (notices: readonly RecordNotice[] | undefined) => toJson(notices)
export const noticesFromJson = (text: string | null) => fromJson(StoredNotices, text)
export const problemsToJson = (problems: readonly RunProblem[]) => toJson(problems)
export const problemsFromJson = (text: string | null) => fromJson(StoredProblems, text)
