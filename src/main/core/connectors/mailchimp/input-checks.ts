import { ConnectorError } from '../connector-error'

/**
 * Checks made before sending, so a record Mailchimp would refuse is reported as our own
 * validation error (kind 'validation') with the record's field named, not as a 400 later.
 */
function refuse(field: string, message: string): never {
  throw new ConnectorError('validation', 'mailchimp', message, {
    fieldErrors: [{ field, message }]
  })
}

const plausibleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export function checkEmail(email: string, field = 'email_address'): void {
  if (typeof email !== 'string' || !plausibleEmail.test(email.trim()) || email.length > 254)
    refuse(field, `"${String(email).slice(0, 80)}" is not a valid e-mail address.`)
}

export function checkId(value: string, field: string, maxLength?: number): void {
  if (typeof value !== 'string' || value.trim() === '') refuse(field, `${field} must not be empty.`)
  if (maxLength !== undefined && value.length > maxLength)
    refuse(
      field,
      `${field} "${value.slice(0, 20)}…" is ${value.length} characters; Mailchimp allows at most ${maxLength}.`
    )
}

export function checkNotEmpty(
  items: readonly unknown[] | undefined,
  field: string,
  what: string
): void {
  if (!Array.isArray(items) || items.length === 0)
    refuse(field, `${what} needs at least one entry in ${field}.`)
}

export function checkFiniteNumber(value: number | undefined, field: string): void {
  if (value !== undefined && !Number.isFinite(value))
    refuse(field, `${field} must be a finite number, got ${String(value)}.`)
}

/** Mailchimp customer ids (and the customer id on orders) are at most 50 characters. */
export const customerIdMaxLength = 50
