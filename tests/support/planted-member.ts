import { subscriberHash, type MailchimpSimulator } from '../../simulators/mailchimp'
import type { MemberRecord } from '../../simulators/mailchimp/state'

/**
 * Puts a member with an e-mail address Mailchimp refuses at every write (an old import) into the
 * simulated audience, so it goes in through the simulator's state rather than its API. It is
 * keyed by the MD5 of that address, as Mailchimp keys every member, and dated now, so the next
 * incremental read brings it.
 */
export function plantMember(
  mailchimp: MailchimpSimulator,
  email: string,
  names: { FNAME: string; LNAME: string }
): MemberRecord {
  const audience = mailchimp.state.members.get(mailchimp.listId)
  const template = audience?.values().next().value
  if (!audience || !template) throw new Error('The simulated audience has no member to copy.')
  const id = subscriberHash(email)
  const member: MemberRecord = {
    ...template,
    id,
    email_address: email,
    unique_email_id: id.slice(0, 10),
    contact_id: id,
    status: 'subscribed',
    merge_fields: { ...template.merge_fields, ...names },
    tags: [],
    last_changed: new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00')
  }
  audience.set(id, member)
  return member
}

/** Corrects a member's e-mail address as a shop owner would: a PATCH through Mailchimp's API. */
export async function correctMemberEmail(
  mailchimp: MailchimpSimulator,
  from: string,
  to: string
): Promise<void> {
  const response = await fetch(
    `${mailchimp.baseUrl}/lists/${mailchimp.listId}/members/${subscriberHash(from)}`,
    {
      method: 'PATCH',
      headers: {
        Authorization: `Basic ${Buffer.from(`kassabrug-test:${mailchimp.apiKey}`).toString('base64')}`,
        'Content-Type': 'application/json'
      },
      body: JSON.stringify({ email_address: to })
    }
  )
  if (!response.ok)
    throw new Error(`PATCH member ${from}: ${response.status} ${await response.text()}`)
}

/**
 * Gives a member of the simulated audience an address Mailchimp would refuse (a broken import),
 * keyed by that address as Mailchimp keys every member, so a read by the address finds it.
 */
export function breakMemberEmail(
  mailchimp: MailchimpSimulator,
  member: MemberRecord,
  email: string | number
): void {
  const audience = mailchimp.state.members.get(mailchimp.listId)
  if (!audience?.delete(member.id)) throw new Error(`${member.id} is not in the audience.`)
  ;(member as unknown as { email_address: unknown }).email_address = email
  member.id = subscriberHash(String(email))
  audience.set(member.id, member)
}
