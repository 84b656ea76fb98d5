import type { FlowId } from '../../../../shared/contract'
import { OrdersInSettings } from './orders-in-settings'
import { OrdersOutSettings } from './orders-out-settings'
import { StockSettings } from './stock-settings'

/**
 * The flows with settings of their own, each in its own component (one file per flow in this
 * folder): the settings page shows them all, the wizard's flow step each one that is switched on.
 * `withSwitch`: whether the component shows the flow's own switch (the wizard shows them itself).
 */
export const flowSettings: Partial<
  Record<FlowId, (props: { withSwitch: boolean }) => React.JSX.Element | null>
> = {
  'orders-in': OrdersInSettings,
  stock: StockSettings,
  'orders-out': OrdersOutSettings
}
