import type { FlowMapping } from '../../../../shared/contract/mapping-model'
import { concat, firstOf, path, rule, trim } from '../../mapping/rule'

/**
 * Mailchimp audience member → Mplus relation.
 *
 * Source record: a member as `GET /lists/{list_id}/members` returns it (`email_address`,
 * `merge_fields` with the audience's default FNAME, LNAME, PHONE and ADDRESS{addr1, addr2, city,
 * zip, country}). COMPANY is not a default merge field: the shop chooses which merge field holds
 * the company name, and the mapping editor changes the path here.
 *
 * With a company name the relation is named after the company and the person becomes its contact;
 * without one the person's name is the relation's name. Every field follows later changes.
 */
const name = concat([path('merge_fields.FNAME'), path('merge_fields.LNAME')])
const addressField = 'merge_fields.ADDRESS'

export const defaultCustomersMapping: FlowMapping = {
  rules: [
    rule('email', path('email_address'), [trim, { kind: 'lowercase' }], { required: true }),
    rule('name', firstOf(path('merge_fields.COMPANY'), name), [trim], { required: true }),
    rule('companyName', path('merge_fields.COMPANY'), [trim]),
    rule('contact', name, [trim]),
    rule('telephone', path('merge_fields.PHONE'), [trim]),
    rule('address', concat([path(`${addressField}.addr1`), path(`${addressField}.addr2`)]), [trim]),
    rule('zipcode', path(`${addressField}.zip`), [trim, { kind: 'uppercase' }]),
    rule('city', path(`${addressField}.city`), [trim]),
    rule('country', path(`${addressField}.country`), [{ kind: 'countryToIso2' }])
  ]
}
