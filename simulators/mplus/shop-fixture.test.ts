import { describe, expect, it } from 'vitest'
import {
  ean13,
  generateShopFixture,
  shippingArticleNumber,
  superUserEmployeeNumber
} from './shop-fixture'

describe('Mplus shop fixture generator', () => {
  it('is deterministic per seed', () => {
    expect(generateShopFixture({ size: 30, seed: 4 })).toEqual(
      generateShopFixture({ size: 30, seed: 4 })
    )
    expect(generateShopFixture({ size: 30, seed: 4 }).relations).not.toEqual(
      generateShopFixture({ size: 30, seed: 5 }).relations
    )
  })

  it('builds a realistic shop: size/colour articles with valid EANs, superuser, NL VAT codes, shipping article', () => {
    const shop = generateShopFixture({ size: 200, seed: 1 })
    expect(shop.products).toHaveLength(200)
    expect(shop.employees.map((e) => e.employeeNumber)).toContain(superUserEmployeeNumber)
    const articles = shop.products.flatMap((p) => p.articleList.article)
    expect(articles.find((a) => a.articleNumber === shippingArticleNumber)?.stockArticle).toBe(
      false
    )
    const clothing = articles.filter((a) => a.articleNumber !== shippingArticleNumber)
    for (const article of clothing) {
      const barcode = String(article.barcode)
      expect(barcode).toMatch(/^\d{13}$/)
      expect(ean13(barcode.slice(0, 12))).toBe(barcode)
      expect(article.size).toBeTruthy()
      expect(article.colour).toBeTruthy()
    }
    expect(new Set(articles.map((a) => a.articleNumber)).size).toBe(articles.length)
    expect(shop.products.some((p) => p.articleList.article.length > 1)).toBe(true)
    expect(
      shop.vatGroups.filter((g) => g.countryIso3 === 'NLD').map((g) => [g.vatCode, g.vatPercentage])
    ).toEqual([
      [1, 9],
      [2, 21],
      [3, 0]
    ])
  })

  it('has persons with house-number suffixes and companies with contacts', () => {
    const shop = generateShopFixture({ size: 10, seed: 2, relationCount: 400 })
    expect(shop.relations).toHaveLength(400)
    expect(shop.relations.some((r) => /\d+(-?[A-Z]| bis| ter|\/\d)/.test(String(r.address)))).toBe(
      true
    )
    const companies = shop.relations.filter((r) => r.companyName)
    expect(companies.length).toBe(50)
    expect(
      companies.every((c) => (c.contactList as { relation: unknown[] }).relation.length >= 1)
    ).toBe(true)
  })

  it('reserves stock for exactly the undelivered orders', () => {
    const shop = generateShopFixture({ size: 300, seed: 8 })
    const expected = new Map<number, number>()
    for (const order of shop.orders.filter(
      (o) => o.deliveryState === 'ORDER-DELIVERY-STATE-NOTHING'
    )) {
      for (const line of (
        order.lineList as { line: { articleNumber: number; data: { quantity: number } }[] }
      ).line) {
        expected.set(
          line.articleNumber,
          (expected.get(line.articleNumber) ?? 0) + line.data.quantity
        )
      }
    }
    for (const record of shop.stock.filter((s) => s.branchNumber === 1)) {
      expect(record.amountReserved).toBe(expected.get(record.articleNumber) ?? 0)
    }
    expect(shop.invoices.length).toBeGreaterThan(0)
    expect(shop.receipts.length).toBe(shop.orders.length)
  })
})
