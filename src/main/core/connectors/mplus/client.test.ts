import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MplusSimulator } from '../../../../../simulators/mplus/index'
import {
  readMplusWsdl,
  skipWithoutMplusReference
} from '../../../../../simulators/mplus/reference-availability'
import { XsdValidator } from '../../../../../simulators/mplus/xsd-validator'
import { startSimulatedMplus } from '../../../../../tests/support/mplus-simulated'
import { isConnectorError } from '../connector-error'
import { createMplusClient, type MplusClient } from './client'
import { operationShapes } from './request-shapes'

describe('Mplus client ⇄ simulator round trips over HTTP', () => {
  let simulator: MplusSimulator
  let client: MplusClient

  beforeAll(async () => {
    ;({ simulator, client } = await startSimulatedMplus({
      fixture: { size: 40, seed: 5 },
      recordMessages: true
    }))
  })

  afterAll(async () => {
    await simulator.close()
  })

  it('reads version, branches, employees, VAT, turnover groups, payment and delivery methods', async () => {
    const version = await client.getApiVersion()
    expect(version).toMatchObject({
      majorNumber: 67,
      minorNumber: 1,
      revisionNumber: 3,
      inDebugMode: false
    })
    expect(version.serviceDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)

    const branches = await client.getBranches()
    expect(branches.map((b) => b.branchNumber)).toEqual([1, 2])
    expect(branches[1]).toMatchObject({ countryIso3: 'BEL', countryName: 'België' })

    const employees = await client.getEmployees()
    expect(employees.map((e) => e.employeeNumber)).toContain(999999)
    expect(await client.getEmployees({ employeeNumbers: [2] })).toEqual([
      expect.objectContaining({ employeeNumber: 2, name: 'Pieter-Jan Claeys' })
    ])

    const vat = await client.getVatGroupList()
    const dutch = vat.filter((g) => g.countryIso3 === 'NLD')
    expect(dutch.find((g) => g.vatCode === 1)?.vatPercentage).toBe(9)
    expect(dutch.find((g) => g.vatCode === 2)?.vatPercentage).toBe(21)
    expect(new Set(vat.map((g) => g.countryIso3))).toEqual(new Set(['NLD', 'BEL', 'FRA', 'DEU']))

    const turnover = await client.getTurnoverGroups()
    expect(turnover.find((t) => t.turnoverGroup === 999)?.turnoverGroupName).toBe('Verzendkosten')

    expect((await client.getPaymentMethods()).map((m) => m.method)).toContain('PIN')
    expect((await client.getDeliveryMethods()).map((m) => m.deliveryMethod)).toEqual([
      'AFHALEN',
      'POSTNL',
      'BPOST'
    ])
  })

  it('reads, creates and updates article groups', async () => {
    const tree = await client.getArticleGroups()
    expect(tree.map((g) => g.name)).toEqual([
      'Dames',
      'Heren',
      'Kinderen',
      'Schoenen',
      'Accessoires'
    ])
    expect(tree[0].subGroupList.map((g) => g.name)).toEqual(['Jurken', 'Truien', 'Broeken'])

    const groupNumber = await client.newArticleGroup({
      parentGroupNumber: tree[0].groupNumber,
      name: 'Jassen & Blazers',
      text: 'Dames › Jassen',
      sortOrder: 4
    })
    await client.updateArticleGroup({ groupNumber, name: 'Jassen, blazers & gilets' })
    const changed = await client.getArticleGroups({
      fromSyncMarker: simulator.state.counters.articleGroupSyncMarker
    })
    const changedPages = []
    for await (const page of client.iterateArticleGroups({ fromSyncMarker: 1, syncMarkerLimit: 4 }))
      changedPages.push(page)
    expect(changedPages.flatMap((p) => p.items)).toHaveLength(simulator.state.articleGroups.size)
    expect(changedPages.at(-1)?.syncMarker).toBe(simulator.state.counters.articleGroupSyncMarker)
    expect(changed).toEqual([
      expect.objectContaining({
        groupNumber,
        name: 'Jassen, blazers & gilets',
        productNumbers: []
      })
    ])
    await expect(
      client.updateArticleGroup({ groupNumber: 99999, name: 'x' })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'SAVE-ARTICLE-GROUP-RESULT-NOT-FOUND' }
    })
  })

  it('creates, finds, updates and pages relations with diacritics and contacts intact', async () => {
    const created = await client.createRelation({
      name: 'Élodie Dupré-Lefèvre',
      address: 'Rue de la Gare 3 bis',
      zipcode: '4000',
      city: 'Liège',
      country: 'BE',
      email: 'Elodie.Dupre@Example.be',
      birthDate: '1988-02-29',
      companyName: 'Fleurs & Co <SRL>',
      contactList: [{ name: 'Jean-Luc Müller', email: 'jl@fleurs.example' }]
    })
    expect(created.relationNumber).toBeGreaterThan(0)
    expect(simulator.state.relations.get(created.relationNumber)?.companyName).toBe(
      'Fleurs & Co <SRL>'
    )

    const found = await client.findRelationV2(
      { email: 'elodie.dupre@example.be' },
      { exactMatch: true }
    )
    expect(found).toMatchObject({
      relationNumber: created.relationNumber,
      city: 'Liège',
      birthDate: '1988-02-29'
    })
    expect(found?.contactList).toEqual([expect.objectContaining({ name: 'Jean-Luc Müller' })])
    expect(
      await client.findRelationV2({ email: 'elodie.dupre@example' }, { exactMatch: true })
    ).toBeNull()

    const update = await client.updateRelation({
      relationNumber: created.relationNumber,
      telephone: '+32 4 123 45 67'
    })
    const [reread] = await client.getRelations({ relationNumbers: [created.relationNumber] })
    expect(reread).toMatchObject({
      telephone: '+32 4 123 45 67',
      name: 'Élodie Dupré-Lefèvre',
      syncMarker: update.syncMarker
    })
    expect(await client.getRelations({ relationNumbers: [987654] })).toEqual([])

    await expect(
      client.updateRelation({ relationNumber: 987654, name: 'x' })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'UPDATE-RELATION-RESULT-NOT-FOUND' }
    })
    await expect(
      client.createRelation({ relationNumber: created.relationNumber, name: 'Dubbel' })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'CREATE-RELATION-RESULT-FAILED-RELATION-NUMBER-ALREADY-TAKEN' }
    })

    const seen: number[] = []
    let checkpoint = 0
    for await (const page of client.iterateRelations({ fromSyncMarker: 1, syncMarkerLimit: 7 })) {
      seen.push(...page.items.map((r) => r.relationNumber))
      expect(page.syncMarker).toBeGreaterThan(checkpoint)
      checkpoint = page.syncMarker
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(simulator.state.relations.size)
    expect(checkpoint).toBe(simulator.state.counters.relationSyncMarker)
  })

  it('creates and updates products with size/colour articles, pages them by article count', async () => {
    const created = await client.createProduct({
      description: 'Regenjas "Noordzee"',
      groupNumbers: [2],
      articleList: [
        {
          description: 'Regenjas geel M',
          colour: 'Geel',
          size: 'M',
          priceIncl: 8995,
          vatCode: 2,
          turnoverGroup: 1,
          barcode: '8712345678906'
        },
        {
          articleNumber: 777001,
          description: 'Regenjas geel L',
          colour: 'Geel',
          size: 'L',
          priceIncl: 8995,
          vatCode: 2,
          turnoverGroup: 1
        }
      ]
    })
    expect(created.articleNumbers).toHaveLength(2)
    expect(created.articleNumbers).toContain(777001)

    const updated = await client.updateProduct({
      productNumber: created.productNumber,
      articleList: [
        { articleNumber: 777001, priceIncl: 7995 },
        { description: 'Regenjas geel XL', colour: 'Geel', size: 'XL', priceIncl: 8995 }
      ]
    })
    expect(updated.existingArticleNumbers).toEqual([777001])
    expect(updated.newArticleNumbers).toHaveLength(1)

    const [product] = await client.getProducts({ productNumbers: [created.productNumber] })
    expect(product.articleList.map((a) => [a.size, a.priceIncl])).toEqual([
      ['M', 8995],
      ['L', 7995],
      ['XL', 8995]
    ])
    expect(product.syncMarker).toBe(updated.syncMarker)

    await expect(
      client.createProduct({
        description: 'Dubbel',
        articleList: [{ articleNumber: 777001, description: 'x' }]
      })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'CREATE-PRODUCT-RESULT-FAILED-ARTICLE-NUMBER-ALREADY-TAKEN' }
    })

    const productNumbers: number[] = []
    for await (const page of client.iterateProducts({ syncMarkerLimit: 10 })) {
      const articles = page.items.reduce((sum, p) => sum + p.articleList.length, 0)
      expect(articles <= 10 || page.items.length === 1).toBe(true)
      productNumbers.push(...page.items.map((p) => p.productNumber))
    }
    expect(new Set(productNumbers).size).toBe(simulator.state.products.size)
    expect(productNumbers).toHaveLength(simulator.state.products.size)
  })

  it('reads stock per branch, sets it, and pages changes by stockId', async () => {
    const articleNumber =
      [...simulator.state.stock.values()].find((s) => s.branchNumber === 1)?.articleNumber ?? 0
    const before = await client.getStock({ branchNumber: 1, articleNumbers: [articleNumber] })
    expect(before).toHaveLength(1)
    const set = await client.setStock({
      branchNumber: 1,
      articleNumber,
      amount: 1250,
      decimalPlaces: 2
    })
    const changed = await client.setStock({
      branchNumber: 1,
      articleNumber,
      amount: 950,
      decimalPlaces: 2
    })
    expect(changed.stockId).toBeGreaterThan(set.stockId ?? 0)
    const [after] = await client.getStock({ branchNumber: 1, articleNumbers: [articleNumber] })
    expect(after).toMatchObject({ amountFree: 950, decimalPlacesFree: 2, stockId: changed.stockId })

    const pages = []
    for await (const page of client.iterateStock({ branchNumber: 1, fromStockId: set.stockId }))
      pages.push(page)
    expect(pages).toEqual([
      {
        items: [expect.objectContaining({ articleNumber, stockId: changed.stockId })],
        syncMarker: changed.stockId
      }
    ])

    await expect(
      client.setStock({ branchNumber: 9, articleNumber, amount: 1 })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'SET-STOCK-RESULT-BRANCH-NOT-FOUND' }
    })
  })

  it('creates orders that reserve stock, finds them, refuses reuse and unknown articles', async () => {
    const relationNumber = [...simulator.state.relations.keys()][0]
    const stock = [...simulator.state.stock.values()].find((s) => s.branchNumber === 1)
    const articleNumber = stock?.articleNumber ?? 0
    const reserved = (): number => {
      const record = simulator.state.stock.get(`1:${articleNumber}`)
      return record ? record.amountReserved / 10 ** record.decimalPlaces : NaN
    }
    const reservedBefore = reserved()
    const order = {
      extOrderId: 'WEBSHOP-1001',
      relationNumber,
      employeeNumber: 999999,
      financialDate: '2026-11-29',
      reference: 'Bestelling & verzending <spoed>',
      lineList: [
        { articleNumber, text: 'Trui', data: { quantity: 2, price: 4995 } },
        { articleNumber: 999, text: 'Verzendkosten', data: { quantity: 1, price: 495 } }
      ]
    }
    const first = await client.createOrderV3(order, { idempotencyKey: 'key-1001' })
    expect(first.replayed).toBe(false)
    expect(first.order?.lineList).toHaveLength(2)
    const replay = await client.createOrderV3(order, { idempotencyKey: 'key-1001' })
    expect(replay).toMatchObject({ orderId: first.orderId, replayed: true })
    expect(reserved()).toBe(reservedBefore + 2)

    const found = await client.findOrder('WEBSHOP-1001')
    expect(found).toMatchObject({
      orderId: first.orderId,
      relationNumber,
      totalInclAmount: 2 * 4995 + 495,
      reference: 'Bestelling & verzending <spoed>'
    })
    expect(found?.financialDate).toBe('2026-11-29')
    expect(await client.findOrder('WEBSHOP-404')).toBeNull()

    await expect(
      client.createOrderV3(order, { idempotencyKey: 'key-other' })
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'CREATE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS' }
    })
    await expect(
      client.createOrderV3(
        {
          ...order,
          extOrderId: 'WEBSHOP-1002',
          lineList: [{ articleNumber: 123456789, data: { quantity: 1 } }]
        },
        { idempotencyKey: 'key-unknown-article' }
      )
    ).rejects.toMatchObject({
      kind: 'business',
      details: { code: 'CREATE-ORDER-RESULT-FAILED' }
    })
    const v1 = await client.createOrderV3(
      { ...order, extOrderId: 'WEBSHOP-1003' },
      { idempotencyKey: 'key-1003' }
    )
    const v2 = await client.createOrderV3(
      { ...order, extOrderId: 'WEBSHOP-1004' },
      { idempotencyKey: 'key-1004' }
    )
    expect((await client.findOrder('WEBSHOP-1003'))?.orderId).toBe(v1.orderId)
    expect((await client.findOrder('WEBSHOP-1004'))?.orderId).toBe(v2.orderId)

    const allOrders: string[] = []
    for await (const page of client.iterateOrders({ syncMarkerLimit: 2 }))
      allOrders.push(...page.items.map((o) => o.orderId))
    expect(allOrders).toHaveLength(simulator.state.orders.size)
    const headers = await client.getOrders({ orderIds: [v1.orderId], includeLineList: false })
    expect(headers[0].lineList).toEqual([])
  })

  it('reads invoices and receipts page by page', async () => {
    const invoices = []
    for await (const page of client.iterateInvoices({ syncMarkerLimit: 1 }))
      invoices.push(...page.items)
    expect(invoices).toHaveLength(simulator.state.invoices.size)
    expect(invoices[0].lineList.length).toBeGreaterThan(0)
    const receipts = []
    for await (const page of client.iterateReceipts({ syncMarkerLimit: 2 }))
      receipts.push(...page.items)
    expect(receipts).toHaveLength(simulator.state.receipts.size)
    expect(receipts[0]).toMatchObject({
      receiptType: 'RECEIPT-TYPE-RECEIPT',
      state: 'RECEIPT-STATE-PAID'
    })
  })

  it('stock flow: V2 markers as a cheap change check, stock with its decimal places and day-stock flag', async () => {
    const articleNumber =
      [...simulator.state.stock.values()].find((s) => s.branchNumber === 2)?.articleNumber ?? 0
    const markers = await client.getCurrentSyncMarkersV2(['stockId', 'articleSyncMarker'])
    expect(markers).toEqual({
      stockId: simulator.state.counters.stockId,
      articleSyncMarker: simulator.state.counters.articleSyncMarker
    })
    const update = await client.setStock({
      branchNumber: 2,
      articleNumber,
      amount: 125,
      decimalPlaces: 1
    })
    const stockId = update.stockId ?? NaN
    expect(await client.getCurrentSyncMarkersV2(['stockId'])).toEqual({ stockId })
    const [line] = await client.getStock({ branchNumber: 2, articleNumbers: [articleNumber] })
    expect(line).toMatchObject({
      articleNumber,
      stockId,
      decimalPlacesFree: 1,
      decimalPlacesReserved: 1,
      decimalPlacesIncoming: 1,
      isDayStockArticle: false,
      subArticles: []
    })
    const record = simulator.state.stock.get(`2:${articleNumber}`)
    if (record) record.isDayStockArticle = true
    const [dayStock] = await client.getStock({ branchNumber: 2, articleNumbers: [articleNumber] })
    expect(dayStock.isDayStockArticle).toBe(true)
    if (record) record.isDayStockArticle = undefined
  })

  it('orders in: createOrderOnce creates once, a repeated key replays, an existing extOrderId is linked; header totals are the lines', async () => {
    const relationNumber = [...simulator.state.relations.keys()][1]
    const articleNumber =
      [...simulator.state.stock.values()].find((s) => s.branchNumber === 1)?.articleNumber ?? 0
    const order = {
      extOrderId: 'MC-store-1/order-77',
      relationNumber,
      employeeNumber: 999999,
      vatCountryIso3: 'BEL',
      lineList: [
        { articleNumber, data: { quantity: 3, price: 1000, vatCode: 2, discountAmount: 300 } },
        { articleNumber: 999, text: 'Verzendkosten', data: { quantity: 1, price: 495 } }
      ]
    }
    const created = await client.createOrderOnce(order, 'mc:store-1:order-77')
    expect(created).toMatchObject({ outcome: 'created', replayed: false })
    expect(await client.createOrderOnce(order, 'mc:store-1:order-77')).toMatchObject({
      outcome: 'created',
      orderId: created.orderId,
      replayed: true
    })
    const linked = await client.createOrderOnce(order, 'another-key')
    expect(linked).toMatchObject({ outcome: 'existing', orderId: created.orderId })

    const read = await client.getOrder(created.orderId)
    const lineTotals = read?.lineList.map((l) => l.data?.totalInclAmount ?? 0) ?? []
    expect(lineTotals).toEqual([2700, 495])
    expect(read?.totalInclAmount).toBe(2700 + 495)
    expect(read?.vatGroupList).toEqual([
      expect.objectContaining({ vatCode: 2, vatPercentage: 21, exclAmount: 2231 + 409 })
    ])
    expect(await client.getOrder('no-such-order')).toBeNull()
    expect((await client.findOrder(order.extOrderId))?.orderId).toBe(created.orderId)
    expect(await client.findOrder('MC-store-1/none')).toBeNull()

    await expect(
      client.createOrderOnce(
        { ...order, extOrderId: 'MC-store-1/order-78', relationNumber: 424242 },
        'k-78'
      )
    ).rejects.toMatchObject({ kind: 'business', details: { code: 'CREATE-ORDER-RESULT-FAILED' } })
  })

  it('orders out: receipts by branch and date (anonymous ones without relation), credit receipts to their original, invoices by id', async () => {
    const articleNumber =
      [...simulator.state.stock.values()].find((s) => s.branchNumber === 1)?.articleNumber ?? 0
    const from = simulator.state.counters.receiptSyncMarker + 1
    const relationNumber = [...simulator.state.relations.keys()][2]
    simulator.createReceipt({
      financialDate: '2026-11-30',
      lines: [{ articleNumber, quantity: 1 }]
    })
    const sale = simulator.createReceipt({
      financialDate: '2026-11-30',
      relationNumber,
      lines: [{ articleNumber, quantity: 2, price: 1999 }]
    })
    simulator.createReceipt({ branchNumber: 2, lines: [{ articleNumber, quantity: 1 }] })
    const credit = simulator.creditReceipt(String(sale.receiptId))

    const pages = []
    for await (const page of client.iterateReceipts({
      fromSyncMarker: from,
      branchNumbers: [1],
      fromFinancialDate: '2026-11-30',
      syncMarkerLimit: 2
    }))
      pages.push(page)
    const receipts = pages.flatMap((p) => p.items)
    expect(receipts.map((r) => [r.receiptType, r.relationNumber, r.totalInclAmount])).toEqual([
      ['RECEIPT-TYPE-RECEIPT', undefined, expect.any(Number)],
      ['RECEIPT-TYPE-RECEIPT', relationNumber, 3998],
      ['RECEIPT-TYPE-CREDIT-RECEIPT', relationNumber, -3998]
    ])
    expect(pages.at(-1)?.syncMarker).toBe(credit.syncMarker)
    const creditRead = receipts[2]
    expect(creditRead.creditedReceiptId).toBe(sale.receiptId)
    expect(creditRead.vatGroupList).toEqual([
      expect.objectContaining({ vatPercentage: 21, exclAmount: -3304, vatAmount: -694 })
    ])
    expect(await client.getReceipt(String(creditRead.creditedReceiptId))).toMatchObject({
      receiptId: sale.receiptId,
      receiptNumber: expect.objectContaining({ branchNumber: 1, workplaceNumber: 1 })
    })
    expect(await client.getReceipt('none')).toBeNull()

    const invoiceId = [...simulator.state.invoices.keys()][0]
    expect(await client.getInvoice(invoiceId)).toMatchObject({ invoiceId })
    expect(await client.getInvoice('none')).toBeNull()
  })

  it('classifies wrong credentials as auth without leaking the secret', async () => {
    const wrong = createMplusClient({
      host: simulator.host,
      port: simulator.port,
      useTls: false,
      ident: simulator.ident,
      secret: 'wrong-secret-123'
    })
    const error = await wrong.getBranches().catch((e: unknown) => e)
    expect(isConnectorError(error) && error.kind).toBe('auth')
    expect(String((error as Error).message)).not.toContain('wrong-secret-123')
    const result = await wrong.testConnection()
    expect(result).toMatchObject({ ok: false, kind: 'auth' })
  })

  it.skipIf(skipWithoutMplusReference)(
    'sent only schema-valid requests and got only schema-valid responses (xmllint)',
    async () => {
      const messages = simulator.takeRecordedMessages()
      const operations = new Set(messages.map((m) => m.operation))
      expect([...operations].sort()).toEqual(Object.keys(operationShapes).sort())
      const validator = new XsdValidator(readMplusWsdl())
      try {
        const failures = await validator.validate(
          messages.map((m, i) => ({ label: `${i} ${m.operation} ${m.direction}`, xml: m.xml }))
        )
        expect(failures).toEqual([])
      } finally {
        validator.dispose()
      }
    }
  )
})
