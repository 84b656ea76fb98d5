import { createHash } from 'node:crypto'
import type { RecordRefusal, RecordWait, RecordWarning } from '../../../../shared/contract'
import type { FlowOptions } from '../../../../shared/flows/catalogue'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type { Member, Order, OrderLine } from '../../connectors/mailchimp/types'
import type { MplusClient } from '../../connectors/mplus/client'
import type {
  MplusOrderInput,
  MplusOrderLineInput,
  MplusRelationFields
} from '../../connectors/mplus/types'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { readPath } from '../../mapping/record-path'
import { lineSection, orderSection } from '../../mapping/targets/mplus-order'
import { assembleParentWithChildren, sectionParser } from '../../mapping/typed-sections'
import type { FlowDefinition, PlannedRecord, WriteResult } from '../../sync/flow'
import { createCustomerRelations } from '../customers/customer-relations'
import { customerAsMember } from '../customers/customers-flow'
import { mappingRefusal } from '../mapping-refusal'
import { isTillSaleOrderId } from '../orders-out/sales'
import { mappedAddress } from './order-address'

export interface OrdersInFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  /** The Mailchimp store the orders come from. */
  storeId: string
  /** The till's branch the orders are entered and booked at; null: the till's default. */
  branchNumber: number | null
  /** The flow options (the orders-in ones: `ordersFinancialStatuses` … `ordersAddressForm`). */
  options: FlowOptions
  /** The orders-in mapping (header and lines). */
  mapper: FlowMapper
  /** The customers mapping: an order's customer becomes a relation by the customers rule. */
  customersMapper: FlowMapper
  /** The products mapping: which Mplus article field the Mailchimp SKU holds. */
  productsMapper: FlowMapper
}

/** What the ledger compares for an order once it is at the till (see "later changes" below). */
export interface OrderState {
  kind: 'state'
  extOrderId: string
  financialStatus: string
  cancelled: boolean
}

/** A new order: its customer, and the order as createOrderV3 takes it. */
export interface OrderCreatePlan {
  kind: 'order'
  extOrderId: string
  idempotencyKey: string
  /** The standard debtor, or the customer's relation forms (found again by e-mail). */
  relation: { standardDebtor: number } | { create: MplusRelationFields }
  order: Omit<MplusOrderInput, 'relationNumber'>
  /** The order total in cents as Mailchimp states it, incl. VAT. */
  expectedTotalIncl: number | null
}

export type OrdersInPayload = OrderState | OrderCreatePlan

/**
 * Mailchimp store orders → Mplus orders, per order in this order:
 * 1. already at the till? The ledger, then findOrder by the extOrderId derived from the store and
 *    order id (an order there already is linked, never created twice);
 * 2. the customer, by e-mail, created or updated with the customers flow's rule and code — or the
 *    standard debtor for every order;
 * 3. every line's SKU resolves to an Mplus article, else the order waits (whole: never half);
 * 4. enriched with employee, branch, workplace, financial date, VAT method, VAT code and turnover
 *    group per country, payment and delivery method, the shipping line and discounts;
 * 5. created with createOrderV3 under an idempotency key derived from the order, so a retry after
 *    a lost answer replays instead of creating it again.
 *
 * Mailchimp orders have no changed-since filter: every run reads them all and the ledger hash
 * skips what is unchanged. Once at the till an order belongs to the till: a later change in
 * Mailchimp (refunded, cancelled) is not pushed — it is logged on the order with a warning to
 * credit or cancel it at the till (docs/architecture.md, "Orders in").
 */
export function createOrdersInFlow(deps: OrdersInFlowDeps): FlowDefinition<Order, OrdersInPayload> {
  const { mailchimp, mplus, storeId, options, mapper } = deps
  const relations = createCustomerRelations(mplus, deps.customersMapper)
  const header = sectionParser<OrderHeader, OrderHeader>(orderSection('order'), {
    update: 'whole'
  })
  const lineParser = sectionParser<MappedLine, MappedLine>(lineSection('line'), { update: 'whole' })
  const imported = new Set(options.ordersFinancialStatuses.map((s) => s.trim().toLowerCase()))
  const skuField = skuArticleField(deps.productsMapper)

  // Read at most once per run, each on first need (a failed read is tried again by the next).
  const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
    let value: Promise<T> | null = null
    return () =>
      (value ??= load().catch((error: unknown) => {
        value = null
        throw error
      }))
  }
  const articlesBySku = once(async () => {
    const index = new Map<string, number>()
    if (!skuField.ok) return index
    for await (const page of mplus.iterateProducts()) {
      for (const product of page.items) {
        for (const article of product.articleList) {
          const value = readPath(article, skuField.field)
          const sku = value === undefined || value === null ? '' : String(value).trim()
          if (sku && !index.has(sku)) index.set(sku, article.articleNumber)
        }
      }
    }
    return index
  })
  const employeeKnown = once(async () => {
    const found = await mplus.getEmployees({ employeeNumbers: [options.ordersEmployeeNumber] })
    return found.some((employee) => employee.employeeNumber === options.ordersEmployeeNumber)
  })
  const skus = new Map<string, Promise<string | null>>()
  function skuOf(line: OrderLine): Promise<string | null> {
    const key = `${line.product_id}\u0000${line.product_variant_id}`
    let found = skus.get(key)
    if (!found) {
      found = mailchimp
        .getVariant(storeId, line.product_id, line.product_variant_id)
        .then((variant) => variant?.sku?.trim() || null)
      found.catch(() => skus.delete(key))
      skus.set(key, found)
    }
    return found
  }

  const keyOf = (order: Order) => `${storeId}:${order.id}`
  const extOrderIdOf = (order: Order) => `MC-${storeId}-${order.id}`
  const stateOf = (order: Order): OrderState => ({
    kind: 'state',
    extOrderId: extOrderIdOf(order),
    financialStatus: (order.financial_status ?? '').trim().toLowerCase(),
    cancelled: Boolean(order.cancelled_at_foreign)
  })

  async function planNew(order: Order): Promise<PlannedRecord<OrdersInPayload>> {
    const state = stateOf(order)
    const subject = `Order ${order.id}`
    if (isTillSaleOrderId(order.id))
      return {
        action: 'skip',
        reason: `${subject} is a till sale Kassabrug sent to Mailchimp: it is in MplusKASSA already.`,
        notices: [{ code: 'till-sale', params: { order: order.id } }]
      }
    if (state.cancelled)
      return {
        action: 'skip',
        reason: `${subject} was cancelled in Mailchimp.`,
        notices: [{ code: 'order-cancelled', params: { order: order.id } }]
      }
    if (!imported.has(state.financialStatus))
      return {
        action: 'skip',
        reason: `${subject} has financial status "${state.financialStatus || '(none)'}", which is not imported.`,
        notices: [
          {
            code: 'status-not-imported',
            params: { order: order.id, status: state.financialStatus || '–' }
          }
        ]
      }
    const placed = order.processed_at_foreign ?? ''
    if (options.ordersPlacedSince && placed && placed.slice(0, 10) < options.ordersPlacedSince)
      return {
        action: 'skip',
        reason: `${subject} was placed before ${options.ordersPlacedSince}.`,
        notices: [
          { code: 'placed-before', params: { order: order.id, date: options.ordersPlacedSince } }
        ]
      }
    if (!skuField.ok)
      return {
        action: 'fail',
        kind: 'business',
        reason: skuField.reason,
        notices: [{ code: 'sku-not-mapped', params: {} }]
      }
    if (!(await employeeKnown()))
      return {
        action: 'fail',
        kind: 'business',
        reason: `Employee ${options.ordersEmployeeNumber} does not exist in MplusKASSA: set an existing employee number in the orders-in settings.`,
        notices: [
          { code: 'unknown-employee', params: { employee: options.ordersEmployeeNumber ?? '' } }
        ]
      }

    let relation: OrderCreatePlan['relation']
    if (options.ordersStandardDebtor !== null) {
      relation = { standardDebtor: options.ordersStandardDebtor }
    } else {
      const customer = relations.plan(orderCustomer(order), `${subject}: customer`)
      if (!customer.ok) return customer.refusal
      relation = {
        create:
          options.ordersPaymentTermDays === null
            ? customer.create
            : { ...customer.create, paymentWithinDays: options.ordersPaymentTermDays }
      }
    }

    // Step 3: every line's article, or the order waits as a whole.
    const articles = await articlesBySku()
    const missing: string[] = []
    const waits: RecordWait[] = []
    const resolved: { line: OrderLine; articleNumber: number }[] = []
    for (const line of order.lines) {
      const title = line.product_variant_title || line.product_title || line.product_id
      const sku = await skuOf(line)
      const articleNumber = sku === null ? undefined : articles.get(sku)
      if (sku === null) {
        missing.push(
          `product ${title} (variant ${line.product_variant_id}) has no SKU in Mailchimp`
        )
        waits.push({
          code: 'line-without-sku',
          params: { product: title, variant: line.product_variant_id }
        })
      } else if (articleNumber === undefined) {
        missing.push(`product ${title} (SKU ${sku}) not found in MplusKASSA`)
        waits.push({ code: 'article-not-in-till', params: { product: title, sku } })
      } else resolved.push({ line, articleNumber })
    }
    if (missing.length)
      return {
        action: 'wait',
        bounded: true,
        reason: `${subject} waits: ${missing.join('; ')}.`,
        notices: waits
      }

    // Step 4: header and lines through the mapping, then shipping and the order's discount.
    const delivery = mappedAddress(order.shipping_address, options.ordersAddressForm)
    const invoice = mappedAddress(order.billing_address, options.ordersAddressForm)
    const customerAddress = mappedAddress(
      { ...order.customer.address, name: '', company: '' },
      'asGiven'
    )
    const country = delivery.country || invoice.country || customerAddress.country
    const assembled = assembleParentWithChildren({
      parent: header,
      child: lineParser,
      children: resolved.map(({ line }) => ({
        label: `line ${line.id}`,
        mapped: mapper.map({
          order,
          line,
          country,
          delivery,
          invoice,
          paymentKey: order.financial_status ?? '',
          deliveryKey: order.tracking_carrier ?? ''
        })
      }))
    })
    if (!assembled.ok) return mappingRefusal(assembled, subject)
    const lines: MplusOrderLineInput[] = assembled.create.children.map((mapped, index) => ({
      articleNumber: resolved[index].articleNumber,
      ...(mapped.text ? { text: mapped.text } : {}),
      data: { ...mapped.data, decimalPlaces: 0 }
    }))
    const extras = orderExtras(order, lines, options)
    if (!extras.ok)
      return {
        action: 'fail',
        kind: 'validation',
        reason: `${subject}: ${extras.reason}`,
        notices: [extras.notice]
      }

    const { reference, paymentMethod, deliveryMethod, vatCountryIso3 } = assembled.create.parent
    const financialDate = /^\d{4}-\d{2}-\d{2}/.test(placed) ? placed.slice(0, 10) : undefined
    const branch = deps.branchNumber ?? undefined
    const create: OrderCreatePlan = {
      kind: 'order',
      extOrderId: state.extOrderId,
      idempotencyKey: idempotencyKeyOf(state.extOrderId),
      relation,
      order: {
        extOrderId: state.extOrderId,
        employeeNumber: options.ordersEmployeeNumber,
        ...(branch === undefined
          ? {}
          : { entryBranchNumber: branch, financialBranchNumber: branch }),
        ...(options.ordersWorkplaceNumber === null
          ? {}
          : { workplaceNumber: options.ordersWorkplaceNumber }),
        ...(financialDate ? { financialDate } : {}),
        vatMethod: options.ordersPricesIncludeVat ? 'VAT-METHOD-INCLUSIVE' : 'VAT-METHOD-EXCLUSIVE',
        ...definedOnly({ reference, paymentMethod, deliveryMethod, vatCountryIso3 }),
        ...addressesOf(assembled.create.parent),
        lineList: extras.lines
      },
      expectedTotalIncl: extras.expectedTotalIncl
    }
    return { action: 'write', create, update: state }
  }

  return {
    id: 'orders-in',
    entity: 'order',
    source: 'mailchimp',
    target: 'mplus',

    async *read() {
      // No changed-since filter on store orders: all of them, the ledger hash skips the rest.
      for await (const page of mailchimp.iterateOrders(storeId, { pageSize: 500 })) {
        yield { records: page.items, checkpoint: null, total: page.totalItems }
      }
    },

    async readOne(key) {
      const prefix = `${storeId}:`
      return key.startsWith(prefix) ? mailchimp.getOrder(storeId, key.slice(prefix.length)) : null
    },

    key: keyOf,
    describe: (order) => `order ${order.id}`,

    async plan(order, ctx) {
      const ledger = await ctx.ledger('orders-in', keyOf(order))
      // At the till already: only the state is compared, the order itself is the till's now.
      if (ledger?.targetId)
        return { action: 'write', create: stateOf(order), update: stateOf(order) }
      return planNew(order)
    },

    async write({ record, payload, ledger }) {
      if (payload.kind === 'state') return laterChange(record, payload, ledger?.targetId ?? '')
      // Step 1 at the till: an order with this extOrderId (an earlier run whose answer was lost,
      // or one entered by hand) is linked, never created again.
      const existing = await mplus.findOrder(payload.extOrderId)
      if (existing)
        return {
          targetId: existing.orderId,
          outcome: 'linked',
          response: { existingOrder: existing.orderId }
        }
      let relationNumber: number
      let customer: WriteResult | null = null
      if ('standardDebtor' in payload.relation) {
        relationNumber = payload.relation.standardDebtor
      } else {
        customer = await relations.write(payload.relation.create, null)
        relationNumber = Number(customer.targetId)
      }
      const created = await mplus.createOrderOnce(
        { ...payload.order, relationNumber },
        payload.idempotencyKey
      )
      const total = created.order?.totalInclAmount
      const warnings: RecordWarning[] = [
        ...(customer?.warnings ?? []),
        ...(payload.expectedTotalIncl !== null &&
        total !== undefined &&
        total !== payload.expectedTotalIncl
          ? [
              {
                code: 'till-total-differs' as const,
                params: {
                  order: record.id,
                  till: total / 100,
                  mailchimp: payload.expectedTotalIncl / 100
                }
              }
            ]
          : [])
      ]
      return {
        targetId: created.orderId,
        ...(created.outcome === 'existing' ? { outcome: 'linked' as const } : {}),
        ...(warnings.length ? { warnings } : {}),
        response: {
          relationNumber,
          customer: customer ? { outcome: customer.outcome ?? 'written' } : 'standard debtor',
          orderId: created.orderId,
          replayed: created.outcome === 'created' && created.replayed,
          totalInclAmount: total
        }
      }
    }
  }
}

/**
 * The rule for a change after import: the till's order is left as it is (it may be picked,
 * delivered or paid there); the change is recorded with a warning saying what to do by hand.
 */
function laterChange(order: Order, state: OrderState, orderId: string): WriteResult {
  return {
    targetId: orderId,
    warnings: [
      state.cancelled
        ? { code: 'cancelled-after-import', params: { order: order.id, orderId } }
        : {
            code: 'changed-after-import',
            params: { order: order.id, orderId, status: state.financialStatus }
          }
    ],
    response: { unchangedAtTill: orderId, financialStatus: state.financialStatus }
  }
}

interface OrderHeader {
  reference?: string
  paymentMethod?: string
  deliveryMethod?: string
  vatCountryIso3?: string
  deliveryAddress?: Record<string, string>
  invoiceAddress?: Record<string, string>
}

interface MappedLine {
  text?: string
  data: MplusOrderLineInput['data']
}

/** The order's customer in the customers flow's member shape, with the order's address when it has none. */
function orderCustomer(order: Order): Member {
  const customer = order.customer
  const billing = order.billing_address ?? {}
  const hasAddress = Object.values(customer.address ?? {}).some(Boolean)
  return customerAsMember({
    ...customer,
    company: customer.company || billing.company || '',
    address: hasAddress ? customer.address : billing
  })
}

/**
 * The shipping line, the part of the order's discount not on its lines, and the total check: an
 * order whose lines do not add up to Mailchimp's order total is refused (it would be booked
 * wrongly), never sent.
 */
function orderExtras(
  order: Order,
  lines: MplusOrderLineInput[],
  /** The flow options (the orders-in ones: `ordersFinancialStatuses` … `ordersAddressForm`). */
  options: FlowOptions
):
  | { ok: true; lines: MplusOrderLineInput[]; expectedTotalIncl: number | null }
  | { ok: false; reason: string; notice: RecordRefusal } {
  const all = lines.map((line) => ({ ...line, data: { ...line.data } }))
  const gross = (line: MplusOrderLineInput) => (line.data.price ?? 0) * line.data.quantity
  const net = (line: MplusOrderLineInput) => gross(line) - (line.data.discountAmount ?? 0)
  const onLines = all.reduce((sum, line) => sum + (line.data.discountAmount ?? 0), 0)
  const remainder = toCents(order.discount_total ?? 0) - onLines
  if (remainder > 0) {
    const largest = all.reduce((best, line) => (net(line) > net(best) ? line : best), all[0])
    if (remainder > net(largest))
      return {
        ok: false,
        reason: `its discount of ${cents(remainder)} beyond the line discounts is more than its largest line (${cents(net(largest))}).`,
        notice: {
          code: 'order-discount-too-large',
          params: { discount: remainder / 100, largest: net(largest) / 100 }
        }
      }
    largest.data.discountAmount = (largest.data.discountAmount ?? 0) + remainder
  }
  const shipping = toCents(order.shipping_total ?? 0)
  if (shipping > 0) {
    if (options.ordersShippingArticle === null)
      return {
        ok: false,
        reason: `it has ${cents(shipping)} shipping cost and no shipping article is set in the orders-in settings.`,
        notice: { code: 'no-shipping-article', params: { shipping: shipping / 100 } }
      }
    const { vatCode, turnoverGroup } = all[0].data
    all.push({
      articleNumber: options.ordersShippingArticle,
      data: definedOnly({
        quantity: 1,
        decimalPlaces: 0,
        price: shipping,
        vatCode,
        turnoverGroup
      }) as MplusOrderLineInput['data']
    })
  }
  const linesTotal = all.reduce((sum, line) => sum + net(line), 0)
  const stated =
    toCents(order.order_total) -
    (options.ordersPricesIncludeVat ? 0 : toCents(order.tax_total ?? 0))
  // Mailchimp rounds per order, the lines per line: a cent per line either way is rounding.
  if (Math.abs(stated - linesTotal) > all.length)
    return {
      ok: false,
      reason: `its lines, shipping and discounts add up to ${cents(linesTotal)}, but Mailchimp states ${cents(stated)}${options.ordersPricesIncludeVat ? '' : ' before tax'}.`,
      notice: {
        code: 'order-total-differs',
        params: { total: linesTotal / 100, stated: stated / 100 }
      }
    }
  return {
    ok: true,
    lines: all,
    expectedTotalIncl: options.ordersPricesIncludeVat ? linesTotal : toCents(order.order_total)
  }
}

function addressesOf(
  header: OrderHeader
): Pick<MplusOrderInput, 'deliveryAddress' | 'invoiceAddress'> {
  const result: Pick<MplusOrderInput, 'deliveryAddress' | 'invoiceAddress'> = {}
  if (header.deliveryAddress && Object.keys(header.deliveryAddress).length)
    result.deliveryAddress = header.deliveryAddress
  if (header.invoiceAddress && Object.keys(header.invoiceAddress).length)
    result.invoiceAddress = header.invoiceAddress
  return result
}

/**
 * Which Mplus article field the Mailchimp SKU holds: the one the products mapping writes to
 * `variant.sku` (one place decides what a SKU is, whichever way the product went).
 */
function skuArticleField(
  productsMapper: FlowMapper
): { ok: true; field: string } | { ok: false; reason: string } {
  const rule = productsMapper.stored.mapping.rules.find((r) => r.target === 'variant.sku')
  const source = rule?.source
  if (source && 'path' in source && source.path.startsWith('article.'))
    return { ok: true, field: source.path.slice('article.'.length) }
  return {
    ok: false,
    reason:
      'The products mapping does not fill the variant SKU from one article field, so Kassabrug cannot find an order line\'s article by its SKU: map "variant.sku" from an article field (e.g. article.articleNumber).'
  }
}

/** A UUID-shaped key from the extOrderId: the same order always sends the same key. */
function idempotencyKeyOf(extOrderId: string): string {
  const hex = createHash('sha256').update(`kassabrug:orders-in:${extOrderId}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

function toCents(amount: number): number {
  return Math.round(amount * 100)
}

function cents(amount: number): string {
  return (amount / 100).toFixed(2)
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as Partial<T>
}
