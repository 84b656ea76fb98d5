import type { BatchOperationInput } from '../batch-runner'
import { checkEmail, checkId, customerIdMaxLength } from '../input-checks'
import type { Page } from '../paging'
import { Customer, CustomersPage, type CustomerUpsert } from '../types'
import {
  getOrNull,
  pagedCollection,
  storeTemplate,
  type ListPageOptions,
  type ResourceContext
} from './context'
import { fillPath } from '../transport'

const customerTemplate = `${storeTemplate}/customers/{customer_id}`

/** A store's e-commerce customers. */
function checkCustomer(customer: CustomerUpsert): void {
  checkId(customer.id, 'id', customerIdMaxLength)
  checkEmail(customer.email_address)
}

export function customersResource(context: ResourceContext) {
  return {
    upsertCustomer(storeId: string, customer: CustomerUpsert): Promise<Customer> {
      checkCustomer(customer)
      return context.request({
        method: 'PUT',
        template: customerTemplate,
        params: { store_id: storeId, customer_id: customer.id },
        body: customer,
        schema: Customer
      })
    },
    /** The same customer PUT as one operation of a batch, checked as upsertCustomer checks it. */
    customerUpsertOperation(
      storeId: string,
      customer: CustomerUpsert,
      operationId: string
    ): BatchOperationInput {
      checkCustomer(customer)
      return {
        operation_id: operationId,
        method: 'PUT',
        path: fillPath(customerTemplate, { store_id: storeId, customer_id: customer.id }),
        body: customer
      }
    },
    getCustomer: (storeId: string, customerId: string) =>
      getOrNull(
        context,
        customerTemplate,
        { store_id: storeId, customer_id: customerId },
        Customer
      ),

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
