import { z } from 'zod'
import { RecordNotice } from '../../../shared/contract'

/** A record's notices as stored (0011): a JSON array, or null when there are none. */
export function noticesToJson(notices: readonly RecordNotice[] | undefined): string | null {
  return notices && notices.length > 0 ? JSON.stringify(notices) : null
}

const StoredNotices = z.array(RecordNotice)

/** The stored notices; a row from before 0011 (null), or one a later version wrote, reads as none. */
export function noticesFromJson(text: string | null): RecordNotice[] {
  if (text === null) return []
  try {
    const parsed = StoredNotices.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}
