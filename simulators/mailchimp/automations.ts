import { apiTimestamp, type SimulatorContext } from './context'
import type { AutomationEvent, OrderRecord, StoreRecord } from './state'

/**
 * Which e-commerce automations an order write starts (reference §5.1, §5.7): `financial_status`
 * paid, pending, refunded or cancelled sends an order notification, `fulfillment_status` shipped a
 * shipping confirmation, and a customer's first order a first-purchase follow-up. A store with
 * `is_syncing` true starts none of them; the simulator records them as suppressed so tests can see
 * that a back-fill would have mailed nobody. A write that leaves a status unchanged starts nothing
 * (an assumption: the reference does not say whether a repeated status re-sends).
 */
const notifyingFinancialStatuses = new Set(['paid', 'pending', 'refunded', 'cancelled'])

export function recordAutomations(
  sim: SimulatorContext,
  store: StoreRecord,
  order: OrderRecord,
  before: OrderRecord | undefined
): void {
  const triggers: Pick<AutomationEvent, 'trigger' | 'status'>[] = []
  const isFirstOrder =
    before === undefined &&
    ![...(sim.state.orders.get(store.id)?.values() ?? [])].some(
      (other) => other.id !== order.id && other.customer_id === order.customer_id
    )
  if (isFirstOrder) triggers.push({ trigger: 'first_purchase', status: order.financial_status })
  if (
    notifyingFinancialStatuses.has(order.financial_status) &&
    order.financial_status !== before?.financial_status
  )
    triggers.push({ trigger: 'order_notification', status: order.financial_status })
  if (order.fulfillment_status === 'shipped' && before?.fulfillment_status !== 'shipped')
    triggers.push({ trigger: 'shipping_confirmation', status: 'shipped' })
  const at = apiTimestamp(sim.now())
  for (const trigger of triggers) {
    sim.state.automationEvents.push({
      store_id: store.id,
      order_id: order.id,
      customer_id: order.customer_id,
      ...trigger,
      suppressed: store.is_syncing,
      at
    })
  }
}
