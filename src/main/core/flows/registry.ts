import type { TargetSection } from '../../../shared/contract/mapping-model'
import { descriptorOf, perFlow, type FlowId } from '../../../shared/flows/catalogue'
import { categoriesModule } from './categories/module'
import { customersModule } from './customers/module'
import type { AnyFlowModule, FlowModule } from './flow-module'
import { ordersInModule } from './orders-in/module'
import { ordersOutModule } from './orders-out/module'
import { productTypesModule } from './product-types/module'
import { productsModule } from './products/module'
import { stockModule } from './stock/module'

/**
 * One module per flow of the catalogue: a catalogue entry without its module (or a module with a
 * section the catalogue does not list) does not compile.
 */
export const flowModules: { [Id in FlowId]: FlowModule<Id> } = {
  customers: customersModule,
  products: productsModule,
  categories: categoriesModule,
  'product-types': productTypesModule,
  'orders-in': ordersInModule,
  stock: stockModule,
  'orders-out': ordersOutModule
}

export function moduleOf(flow: FlowId): AnyFlowModule {
  return flowModules[flow] as AnyFlowModule
}

/** What each flow's mapping may write, section by section, in the catalogue's section order. */
export const flowTargets = perFlow((flow): readonly TargetSection[] => {
  const targets = moduleOf(flow).targets as Record<string, (prefix: string) => TargetSection>
  return descriptorOf(flow).sections.map((prefix) => targets[prefix](prefix))
})

/** The built-in mapping of each flow (used until the user saves one of their own). */
export const defaultMappings = perFlow((flow) => moduleOf(flow).defaultMapping)
