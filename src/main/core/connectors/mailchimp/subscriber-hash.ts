import { createHash } from 'node:crypto'

/** A member's id: lowercase hex MD5 of the trimmed, lower-cased e-mail address (reference §4.1). */
export function subscriberHash(email: string): string {
  return createHash('md5').update(email.trim().toLowerCase()).digest('hex')
}
