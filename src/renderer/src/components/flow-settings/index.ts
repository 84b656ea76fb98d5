import type { FlowId } from '../../../../shared/contract'
import { OrdersOutSettings } from './orders-out-settings'

/**
 * The flows with settings of their own, each in its own component (one file per flow in this
 * folder): the settings page shows them all, the wizard's flow step each one that is switched on.
 */
export const flowSettings: Partial<Record<FlowId, () => React.JSX.Element>> = {
  'orders-out': OrdersOutSettings
}
