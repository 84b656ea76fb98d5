import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusSimulator } from './index'
import { skipWithoutMplusReference, strictXsdOptions } from './reference-availability'
import { stockKey } from './state'

/**
 * Stock figures, purchasing, document totals and till sales of the simulator, spoken to with
 * hand-written SOAP (and its admin surface for receipts), every message checked by xmllint.
 */

const envelopeOf = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="urn:mplusqapi"><soap:Body>${body}</soap:Body></soap:Envelope>`

/** Every value of an element (first-level text only), in document order. */
const valuesOf = (xml: string, element: string): string[] =>
  [...xml.matchAll(new RegExp(`<ns:${element}>([^<]*)</ns:${element}>`, 'g'))].map((m) => m[1])

describe.skipIf(skipWithoutMplusReference)('MplusKASSA simulator: stock, purchasing, sales', () => {
  let simulator: MplusSimulator
  let article: number
  const soap = async (body: string): Promise<string> => {
    const response = await fetch(
      `${simulator.url}?ident=${simulator.ident}&secret=${simulator.secret}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml; charset=utf-8' },
        body: envelopeOf(body)
      }
    )
    const text = await response.text()
    expect(response.status, text.slice(0, 400)).toBe(200)
    return text
  }
  const stockOf = async (): Promise<Record<string, number>> => {
    const xml = await soap(
      `<m:getStock><m:request><m:branchNumber>1</m:branchNumber><m:articleNumbers><m:articleNumbers>${article}</m:articleNumbers></m:articleNumbers></m:request></m:getStock>`
    )
    const [free, reserved, incoming, places, stockId] = [
      'amountFree',
      'amountReserved',
      'amountIncoming',
      'decimalPlacesFree',
      'stockId'
    ].map((name) => Number(valuesOf(xml, name)[0]))
    return { free, reserved, incoming, places, stockId }
  }
  const orderLine = (quantity: number, price: number, extra = '') =>
    `<m:line><m:articleNumber>${article}</m:articleNumber><m:data><m:quantity>${quantity}</m:quantity><m:price>${price}</m:price>${extra}</m:data></m:line>`
  const createOrder = (key: string, lines: string, totals = '') =>
    soap(
      `<m:createOrderV3><m:request><m:idempotencyKey>${key}</m:idempotencyKey><m:order><m:orderId></m:orderId><m:extOrderId>${key}</m:extOrderId><m:employeeNumber>999999</m:employeeNumber><m:relationNumber>1001</m:relationNumber>${totals}<m:lineList>${lines}</m:lineList></m:order></m:request></m:createOrderV3>`
    )

  beforeAll(async () => {
    simulator = await startMplusSimulator({ fixture: { size: 12, seed: 4 }, ...strictXsdOptions() })
    article = [...simulator.state.stock.values()].find((r) => r.branchNumber === 1)!.articleNumber
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('open purchase orders raise incoming, open sales orders raise reserved, a delivery turns incoming into free stock', async () => {
    await soap(
      `<m:setStock><m:request><m:branchNumber>1</m:branchNumber><m:articleNumber>${article}</m:articleNumber><m:amount>1050</m:amount><m:decimalPlaces>2</m:decimalPlaces></m:request></m:setStock>`
    )
    const start = await stockOf()
    expect(start).toMatchObject({ free: 1050, places: 2 })

    const purchase = await soap(
      `<m:savePurchaseOrderV2><m:request><m:savePurchaseOrder><m:extPurchaseOrderId>PO-1</m:extPurchaseOrderId><m:relationNumber>1002</m:relationNumber><m:branchNumber>1</m:branchNumber><m:lineList><m:line><m:articleNumber>${article}</m:articleNumber><m:data><m:quantity>6</m:quantity></m:data></m:line></m:lineList></m:savePurchaseOrder></m:request></m:savePurchaseOrderV2>`
    )
    expect(valuesOf(purchase, 'result')).toEqual(['SAVE-PURCHASE-ORDER-RESULT-OK'])
    const [year, number] = ['year', 'number'].map((name) => valuesOf(purchase, name)[0])
    expect(await stockOf()).toMatchObject({ free: 1050, incoming: start.incoming + 600 })

    const order = await createOrder('STOCK-1', orderLine(2, 1000))
    expect(valuesOf(order, 'result')).toEqual(['CREATE-ORDER-RESULT-OK'])
    expect(await stockOf()).toMatchObject({ free: 1050, reserved: start.reserved + 200 })

    const deliver = (version: number) =>
      soap(
        `<m:savePurchaseDeliveryV2><m:request><m:savePurchaseDelivery><m:relationNumber>1002</m:relationNumber><m:lineList><m:line><m:articleNumber>${article}</m:articleNumber><m:data><m:deliveredQuantity>4</m:deliveredQuantity></m:data></m:line></m:lineList></m:savePurchaseDelivery><m:fromPurchaseOrder><m:year>${year}</m:year><m:number>${number}</m:number><m:version>${version}</m:version></m:fromPurchaseOrder></m:request></m:savePurchaseDeliveryV2>`
      )
    expect(valuesOf(await deliver(7), 'result')).toEqual([
      'SAVE-PURCHASE-DELIVERY-RESULT-ORDER-HAS-CHANGED'
    ])
    const delivery = await deliver(1)
    expect(valuesOf(delivery, 'result')).toEqual(['SAVE-PURCHASE-DELIVERY-RESULT-OK'])
    const after = await stockOf()
    expect(after).toMatchObject({
      free: 1450,
      reserved: start.reserved + 200,
      incoming: start.incoming + 200
    })
    const orders = await soap(
      '<m:getPurchaseOrdersV2><m:request><m:extPurchaseOrderId>PO-1</m:extPurchaseOrderId></m:request></m:getPurchaseOrdersV2>'
    )
    expect(valuesOf(orders, 'state')).toEqual(['PURCHASE-ORDER-STATE-PARTIALLY-DELIVERED'])

    // Only free-stock movements are history, each under the stockId that made it.
    const history = await soap(
      `<m:getStockHistoryV2><m:request><m:branchNumbers>1</m:branchNumbers><m:articleNumbers><m:articleNumbers>${article}</m:articleNumbers></m:articleNumbers><m:sinceStockId>${start.stockId}</m:sinceStockId></m:request></m:getStockHistoryV2>`
    )
    expect(valuesOf(history, 'type')).toEqual([
      'STOCK-HISTORY-TYPE-API',
      'STOCK-HISTORY-TYPE-DELIVERY'
    ])
    expect(valuesOf(history, 'amountChanged')).toEqual([expect.any(String), '400'])
    expect(valuesOf(history, 'stockId').map(Number).at(-1)).toBe(after.stockId)

    // Incremental: from the last stockId + 1 nothing of this article has changed.
    const unchanged = await soap(
      `<m:getStock><m:request><m:branchNumber>1</m:branchNumber><m:articleNumbers/><m:stockId>${simulator.state.counters.stockId + 1}</m:stockId></m:request></m:getStock>`
    )
    expect(valuesOf(unchanged, 'articleNumber')).toEqual([])
  })

  it('refuses purchases of unknown suppliers, non-stock articles and a reused extPurchaseOrderId', async () => {
    const purchase = (relation: number, articleNumber: number, ext: string) =>
      soap(
        `<m:savePurchaseOrderV2><m:request><m:savePurchaseOrder><m:extPurchaseOrderId>${ext}</m:extPurchaseOrderId><m:relationNumber>${relation}</m:relationNumber><m:lineList><m:line><m:articleNumber>${articleNumber}</m:articleNumber><m:data><m:quantity>1</m:quantity></m:data></m:line></m:lineList></m:savePurchaseOrder></m:request></m:savePurchaseOrderV2>`
      )
    expect(valuesOf(await purchase(424242, article, 'PO-X'), 'result')).toEqual([
      'SAVE-PURCHASE-ORDER-RESULT-FAILED'
    ])
    expect(valuesOf(await purchase(1002, 999, 'PO-Y'), 'result')).toEqual([
      'SAVE-PURCHASE-ORDER-RESULT-NON-STOCK-ARTICLE-USED'
    ])
    expect(valuesOf(await purchase(1002, article, 'PO-1'), 'result')).toEqual([
      'SAVE-PURCHASE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS'
    ])
  })

  it('computes order totals from the lines, ignoring totals sent in the request', async () => {
    const xml = await createOrder(
      'TOTALS-1',
      orderLine(
        3,
        1000,
        '<m:vatCode>2</m:vatCode><m:discountAmount>500</m:discountAmount><m:totalInclAmount>1</m:totalInclAmount>'
      ) + orderLine(1, 995, '<m:vatCode>1</m:vatCode>'),
      '<m:totalInclAmount>1</m:totalInclAmount>'
    )
    const orderId = valuesOf(xml, 'orderId')[0]
    const read = await soap(`<m:getOrder><m:orderId>${orderId}</m:orderId></m:getOrder>`)
    // Lines: 3 × 10.00 − 5.00 = 25.00 at 21 % (excl 20.66); 9.95 at 9 % (excl 9.13).
    expect(valuesOf(read, 'totalInclAmount')).toEqual(['3495', '2500', '995'])
    expect(valuesOf(read, 'totalExclAmount')).toEqual(['2979', '2066', '913'])
    expect(valuesOf(read, 'vatAmount')).toEqual(['434', '82'])
    expect(valuesOf(read, 'vatPercentage')).toEqual(['21', '9', '21', '9'])
  })

  it('answers a reused extOrderId with EXT-ORDER-ID-ALREADY-EXISTS and findOrder / getOrdersByExtOrderIds find the first', async () => {
    const again = await soap(
      `<m:createOrderV3><m:request><m:idempotencyKey>other-key</m:idempotencyKey><m:order><m:orderId></m:orderId><m:extOrderId>TOTALS-1</m:extOrderId><m:employeeNumber>999999</m:employeeNumber><m:relationNumber>1001</m:relationNumber><m:lineList>${orderLine(1, 100)}</m:lineList></m:order></m:request></m:createOrderV3>`
    )
    expect(valuesOf(again, 'result')).toEqual(['CREATE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS'])
    const found = await soap('<m:findOrder><m:extOrderId>TOTALS-1</m:extOrderId></m:findOrder>')
    expect(valuesOf(found, 'totalInclAmount')[0]).toBe('3495')
    const byIds = await soap(
      '<m:getOrdersByExtOrderIds><m:request><m:extOrderIds><m:id>TOTALS-1</m:id><m:id>NONE</m:id></m:extOrderIds></m:request></m:getOrdersByExtOrderIds>'
    )
    expect(valuesOf(byIds, 'extOrderId')).toEqual(['TOTALS-1'])
  })

  it('books till sales (anonymous too) through the admin surface, credits them, and pages them by syncMarker', async () => {
    const from = simulator.state.counters.receiptSyncMarker + 1
    const freeBefore = simulator.state.stock.get(stockKey(1, article))!
    const places = freeBefore.decimalPlaces
    const before = freeBefore.amountFree
    const admin = async (path: string, body?: unknown) => {
      const response = await fetch(`${simulator.url}__admin/${path}`, {
        method: 'POST',
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    }
    const sale = await admin('receipts', {
      lines: [{ articleNumber: article, quantity: 2, price: 1250 }]
    })
    expect(sale.status).toBe(200)
    expect(sale.json).toMatchObject({ receiptType: 'RECEIPT-TYPE-RECEIPT', totalInclAmount: 2500 })
    expect(sale.json.relationNumber).toBeUndefined()
    expect(simulator.state.stock.get(stockKey(1, article))!.amountFree).toBe(
      before - 2 * 10 ** places
    )
    const known = await admin('receipts', {
      relationNumber: 1003,
      lines: [{ articleNumber: article, quantity: 1 }]
    })
    expect(known.json.relationNumber).toBe(1003)
    const credit = await admin(`receipts/${String(known.json.receiptId)}/credit`)
    expect(credit.json).toMatchObject({
      receiptType: 'RECEIPT-TYPE-CREDIT-RECEIPT',
      creditedReceiptId: known.json.receiptId,
      totalInclAmount: -Number(known.json.totalInclAmount)
    })
    expect((await admin(`receipts/${String(known.json.receiptId)}/credit`)).status).toBe(400)
    expect((await admin('receipts', { lines: [{ articleNumber: 1, quantity: 1 }] })).json).toEqual({
      error: 'Article 1 not found'
    })
    expect(simulator.state.stock.get(stockKey(1, article))!.amountFree).toBe(
      before - 2 * 10 ** places
    )

    const page = await soap(
      `<m:getReceipts><m:request><m:syncMarker>${from}</m:syncMarker><m:articlePluNumbers/><m:articleBarcodes/></m:request></m:getReceipts>`
    )
    expect(valuesOf(page, 'receiptType')).toEqual([
      'RECEIPT-TYPE-RECEIPT',
      'RECEIPT-TYPE-RECEIPT',
      'RECEIPT-TYPE-CREDIT-RECEIPT'
    ])
    // A customer card attached afterwards: the receipt comes back under a new syncMarker.
    const patched = await fetch(`${simulator.url}__admin/receipts/${String(sale.json.receiptId)}`, {
      method: 'PATCH',
      body: JSON.stringify({ relationNumber: 1004 })
    })
    expect(await patched.json()).toMatchObject({ relationNumber: 1004, changeCounter: 1 })
    const changed = await soap(
      `<m:getReceipts><m:request><m:syncMarker>${simulator.state.counters.receiptSyncMarker}</m:syncMarker><m:articlePluNumbers/><m:articleBarcodes/></m:request></m:getReceipts>`
    )
    expect(valuesOf(changed, 'receiptId')).toEqual([sale.json.receiptId])
    const one = await soap(
      `<m:getReceipt><m:receiptId>${String(credit.json.receiptId)}</m:receiptId></m:getReceipt>`
    )
    expect(valuesOf(one, 'creditedReceiptId')).toEqual([known.json.receiptId])
  })

  it('saves an anonymous invoice, credits it once with creditInvoice, and reports only the requested sync markers', async () => {
    const saved = await soap(
      `<m:saveInvoice><m:invoice><m:extInvoiceId>INV-1</m:extInvoiceId><m:employeeNumber>999999</m:employeeNumber><m:lineList>${orderLine(1, 1500)}</m:lineList></m:invoice></m:saveInvoice>`
    )
    expect(valuesOf(saved, 'result')).toEqual(['SAVE-INVOICE-RESULT-OK'])
    const invoiceId = valuesOf(saved, 'invoiceId')[0]
    const credit = () =>
      soap(`<m:creditInvoice><m:invoiceId>${invoiceId}</m:invoiceId></m:creditInvoice>`)
    expect(valuesOf(await credit(), 'result')).toEqual(['CREDIT-INVOICE-RESULT-OK'])
    expect(valuesOf(await credit(), 'result')).toEqual(['CREDIT-INVOICE-RESULT-FAILED'])
    const creditNote = [...simulator.state.invoices.values()].find(
      (i) => i.creditedInvoiceId === invoiceId
    )
    expect(creditNote).toMatchObject({
      invoiceType: 'INVOICE-TYPE-CREDIT-INVOICE',
      totalInclAmount: -1500
    })

    const markers = await soap(
      '<m:getCurrentSyncMarkersV2><m:request><m:includeInvoiceSyncMarker>true</m:includeInvoiceSyncMarker><m:includeReceiptSyncMarker>false</m:includeReceiptSyncMarker><m:includeStockId>true</m:includeStockId></m:request></m:getCurrentSyncMarkersV2>'
    )
    expect(markers).toContain(
      `<ns:GetCurrentSyncMarkersV2Response><ns:invoiceSyncMarker>${simulator.state.counters.invoiceSyncMarker}</ns:invoiceSyncMarker><ns:stockId>${simulator.state.counters.stockId}</ns:stockId></ns:GetCurrentSyncMarkersV2Response>`
    )
  })
})
