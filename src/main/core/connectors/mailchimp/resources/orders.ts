import {
  checkEmail,
  checkFiniteNumber,
  checkId,
  checkNotEmpty,
  customerIdMaxLength
} from '../input-checks'
import type { Page } from '../paging'
import {
  Order,
  OrdersPage,
  type OrderCreate,
  type OrderLineInput,
  type OrderUpdate
} from '../types'
/** The toolkit every resource is built with. */
import * as resource from './context'

const orderTemplate = `${resource.storeTemplate}/orders/{order_id}`
const orderLineTemplate = `${orderTemplate}/lines/{line_id}`

function checkOrderLine(line: OrderLineInput, field: string): void {
  checkId(line.id, `${field}.id`)
  checkId(line.product_id, `${field}.product_id`)
  checkId(line.product_variant_id, `${field}.product_variant_id`)
  checkFiniteNumber(line.price, `${field}.price`)
}

/** An order POST, checked before it is sent. */
function orderPost(storeId: string, order: OrderCreate): resource.WriteSpec {
  checkId(order.id, 'id')
  checkId(order.customer.id, 'customer.id', customerIdMaxLength)
  if (order.customer.email_address !== undefined)
    checkEmail(order.customer.email_address, 'customer.email_address')
  checkFiniteNumber(order.order_total, 'order_total')
  checkNotEmpty(order.lines, 'lines', `Order ${order.id}`)
  order.lines.forEach((line, index) => checkOrderLine(line, `lines[${index}]`))
  return {
    method: 'POST',
    template: `${resource.storeTemplate}/orders`,
    params: { store_id: storeId },
    body: order
  }
}

function orderPatch(storeId: string, orderId: string, changes: OrderUpdate): resource.WriteSpec {
  const params = { store_id: storeId, order_id: orderId }
  return { method: 'PATCH', template: orderTemplate, params, body: changes }
}

/** A store's orders and their lines, and every store's orders at once. */
export function ordersResource(context: resource.ResourceContext) {
  const { request } = context
  return {
    createOrder: (storeId: string, order: OrderCreate): Promise<Order> =>
      request({ ...orderPost(storeId, order), schema: Order }),
    updateOrder: (storeId: string, orderId: string, changes: OrderUpdate) =>
      request({ ...orderPatch(storeId, orderId, changes), schema: Order }),
    /** The same order POST as one operation of a batch. */
    orderCreateOperation: (storeId: string, order: OrderCreate, operationId: string) =>
      resource.batchOperation(orderPost(storeId, order), operationId),
    /** An order PATCH as one operation of a batch (its order id checked first). */
    orderUpdateOperation(
      storeId: string,
      orderId: string,
      changes: OrderUpdate,
      operationId: string
    ) {
      checkId(orderId, 'id')
      return resource.batchOperation(orderPatch(storeId, orderId, changes), operationId)
    },
    deleteOrder: (storeId: string, orderId: string): Promise<void> =>
      request({
        method: 'DELETE',
        template: orderTemplate,
        params: { store_id: storeId, order_id: orderId },
        schema: null
      }),
    getOrder: (storeId: string, orderId: string) =>
      resource.getOrNull(context, orderTemplate, { store_id: storeId, order_id: orderId }, Order),
    iterateOrders: (
      storeId: string,
      options: resource.ListPageOptions & { customerId?: string } = {}
    ): AsyncGenerator<Page<Order>> =>
      resource.pagedCollection(
        context,
        {
          template: `${resource.storeTemplate}/orders`,
          params: { store_id: storeId },
          query: { customer_id: options.customerId },
          schema: OrdersPage,
          items: (page) => page.orders
        },
        options.pageSize ?? 100
      ),

    /** Lines absent from an order PATCH are kept; a line that went away is deleted with this. */
    deleteOrderLine: (storeId: string, orderId: string, lineId: string): Promise<void> =>
      request({
        method: 'DELETE',
        template: orderLineTemplate,
        params: { store_id: storeId, order_id: orderId, line_id: lineId },
        schema: null
      })
  }
}
