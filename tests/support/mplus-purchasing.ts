import type { MplusSimulator } from '../../simulators/mplus'

/**
 * Purchasing at the simulated till through its SOAP API. Kassabrug itself never buys stock, so
 * its client has no purchasing calls; tests that need incoming stock send the WSDL's
 * savePurchaseOrderV2 by hand.
 */
export async function createPurchaseOrder(
  mplus: Pick<MplusSimulator, 'url' | 'ident' | 'secret'>,
  order: {
    extPurchaseOrderId: string
    supplierRelationNumber: number
    branchNumber: number
    articleNumber: number
    quantity: number
  }
): Promise<void> {
  const body = `<m:savePurchaseOrderV2><m:request><m:savePurchaseOrder><m:extPurchaseOrderId>${order.extPurchaseOrderId}</m:extPurchaseOrderId><m:relationNumber>${order.supplierRelationNumber}</m:relationNumber><m:branchNumber>${order.branchNumber}</m:branchNumber><m:lineList><m:line><m:articleNumber>${order.articleNumber}</m:articleNumber><m:data><m:quantity>${order.quantity}</m:quantity></m:data></m:line></m:lineList></m:savePurchaseOrder></m:request></m:savePurchaseOrderV2>`
  const response = await fetch(`${mplus.url}?ident=${mplus.ident}&secret=${mplus.secret}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="urn:mplusqapi"><soap:Body>${body}</soap:Body></soap:Envelope>`
  })
  const text = await response.text()
  if (!response.ok || !text.includes('SAVE-PURCHASE-ORDER-RESULT-OK'))
    throw new Error(`savePurchaseOrderV2 was refused: ${text.slice(0, 400)}`)
}
