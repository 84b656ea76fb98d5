import { checkEmail, checkId, customerIdMaxLength } from '../input-checks'
import type { Page } from '../paging'
import { Customer, CustomersPage, type CustomerUpsert } from '../types'
import {
  batchOperation,
  pagedCollection,
  storeTemplate,
  type ListPageOptions,
  type ResourceContext,
  type WriteSpec
} from './context'

const customerTemplate = `${storeTemplate}/customers/{customer_id}`

/** A customer PUT, checked before it is sent. */
function customerPut(storeId: string, customer: CustomerUpsert): WriteSpec {
  checkId(customer.id, 'id', customerIdMaxLength)
  checkEmail(customer.email_address)
  const params = { store_id: storeId, customer_id: customer.id }
  return { method: 'PUT', template: customerTemplate, params, body: customer }
}

/** A store's e-commerce customers. */
export function customersResource(context: ResourceContext) {
  return {
    upsertCustomer: (storeId: string, customer: CustomerUpsert): Promise<Customer> =>
      context.request({ ...customerPut(storeId, customer), schema: Customer }),
    /** The same customer PUT as one operation of a batch. */
    customerUpsertOperation: (storeId: string, customer: CustomerUpsert, operationId: string) =>
      batchOperation(customerPut(storeId, customer), operationId),
    /** The store's customers page by page (the API offers no changed-since filter for them). */
    iterateCustomers: (
      storeId: string,
      options: ListPageOptions = {}
    ): AsyncGenerator<Page<Customer>> =>
      pagedCollection(
        context,
        {
          template: `${storeTemplate}/customers`,
          params: { store_id: storeId },
          schema: CustomersPage,
          items: (page) => page.customers
        },
        options.pageSize ?? 500
      )
  }
}
