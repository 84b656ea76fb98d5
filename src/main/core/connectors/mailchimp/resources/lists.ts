import { checkEmail } from '../input-checks'
import {
  iterateMemberPages,
  type IterateMembersOptions,
  type MemberPageResult
} from '../member-pages'
import { subscriberHash } from '../subscriber-hash'
import { ListsPage, Member, MembersPage, type MemberUpsert } from '../types'
import { getOrNull, type ResourceContext } from './context'

const listTemplate = '/lists/{list_id}'
const memberTemplate = `${listTemplate}/members/{subscriber_hash}`

/** Audiences (lists), their merge fields and their members. */
export function listsResource(context: ResourceContext) {
  const { request, clock } = context
  return {
    getLists: (options: { count?: number; offset?: number } = {}) =>
      request({
        method: 'GET',
        template: '/lists',
        query: { count: options.count ?? 100, offset: options.offset ?? 0 },
        schema: ListsPage
      }),

    iterateMembers: (options: IterateMembersOptions): AsyncGenerator<MemberPageResult> =>
      iterateMemberPages(
        (query) =>
          request({
            method: 'GET',
            template: `${listTemplate}/members`,
            params: { list_id: options.listId },
            query,
            schema: MembersPage
          }),
        clock,
        options
      ),

    getMember: (listId: string, email: string) =>
      getOrNull(
        context,
        memberTemplate,
        { list_id: listId, subscriber_hash: subscriberHash(email) },
        Member
      ),

    /** PUT by the MD5 of the address: adds or updates; status_if_new applies to new members only. */
    upsertMember(listId: string, member: MemberUpsert): Promise<Member> {
      checkEmail(member.email_address)
      return request({
        method: 'PUT',
        template: memberTemplate,
        params: { list_id: listId, subscriber_hash: subscriberHash(member.email_address) },
        body: { ...member, email_address: member.email_address.trim() },
        schema: Member
      })
    }
  }
}
