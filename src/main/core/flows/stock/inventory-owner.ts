import { CoreError, type Settings } from '../../../../shared/contract'
import type { FlowId } from '../../../../shared/flows/catalogue'
import { notConfigured } from '../../connections/connection-cache'

/**
 * The one place that decides who writes a Mailchimp variant's `inventory_quantity`: the stock
 * flow, and only while it is on — its switch is "Mailchimp manages stock" — with a branch chosen.
 * The products flow never sends a quantity (its variant section has no such field and it adds
 * none of its own, not even 0 for a hidden article), so switching stock off leaves Mailchimp's
 * quantities untouched everywhere; see docs/architecture.md, "Stock".
 *
 * Returns why the stock flow may not write now, or null when it may.
 */
export function stockWriteRefusal(
  settings: Settings,
  enabledFlows: ReadonlySet<FlowId>
): CoreError | null {
  if (!enabledFlows.has('stock')) {
    return new CoreError(
      'not-configured',
      'Mailchimp does not manage stock: the stock flow is off, so Kassabrug sends no stock levels. Switch the stock flow on to send them.',
      undefined,
      { params: { missing: ['mailchimpManagesStock'] } }
    )
  }
  if (settings.mplus.branchNumber === null) return notConfigured(['branchNumber'])
  return null
}
