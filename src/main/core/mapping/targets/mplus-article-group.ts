import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldsUnder } from './target-field'

/**
 * A new Mplus article group (WSDL complexType NewArticleGroupRequest). The parent group is not
 * mappable: groups made from Mailchimp product types sit at the top level. The WSDL gives no
 * length; 100 characters is what the till shows of a group name (our limit).
 */
export function articleGroupSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix)
  return {
    prefix,
    system: 'mplus',
    referenceType: 'NewArticleGroupRequest',
    fields: [
      f('name', 'string', 'Group name (how an existing group is found again)', {
        required: true,
        maxLength: 100
      }),
      f('text', 'string', 'Group text', { required: true }),
      f('sortOrder', 'integer', 'Sort order')
    ]
  }
}
