import { createHash } from 'node:crypto'
import type { SimulatorContext } from './context'
import { ApiProblem } from './problem'

/** The member id: lowercase hex MD5 of the trimmed, lower-cased address. */
export function subscriberHash(email: string): string {
  return createHash('md5').update(email.trim().toLowerCase()).digest('hex')
}

/** A path's subscriber_hash may also be the raw address (2024+ spec). */
export function hashFromPath(value: string): string {
  return value.includes('@') ? subscriberHash(value) : value.toLowerCase()
}

const plausibleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export const defaultFakeEmailDomains = [
  'example.com',
  'example.org',
  'example.net',
  'test.com',
  'mailinator.com',
  'yopmail.com',
  'trashmail.com'
]

/** Refuses what Mailchimp refuses: unparseable addresses and ones it judges fake. */
export function assertAcceptableEmail(
  sim: SimulatorContext,
  email: string,
  field = 'email_address'
): void {
  if (!plausibleEmail.test(email.trim()) || email.length > 254)
    throw new ApiProblem(400, 'Invalid Resource', 'Please provide a valid email address.', [
      { field, message: 'Please provide a valid email address.' }
    ])
  const domain = email.trim().toLowerCase().split('@')[1]
  if (sim.fakeEmailDomains.includes(domain))
    throw new ApiProblem(
      400,
      'Invalid Resource',
      `${email} looks fake or invalid, please enter a real email address.`
    )
}
