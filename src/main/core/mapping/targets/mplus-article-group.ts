import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldLimits } from './field-limits'
import { fieldsUnder } from './target-field'

/**
 * A new Mplus article group (WSDL complexType NewArticleGroupRequest). The parent group is not
 * mappable: groups made from Mailchimp product types sit at the top level. The WSDL gives no
 * length: ours are in field-limits.ts.
 */
export function articleGroupSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits.NewArticleGroupRequest)
  return {
    prefix,
    system: 'mplus',
    referenceType: 'NewArticleGroupRequest',
    fields: [
      f('name', 'string', 'Group name (how an existing group is found again)', {
        required: true
      }),
      f('text', 'string', 'Group text', { required: true }),
      f('sortOrder', 'integer', 'Sort order')
    ]
  }
}
