import { Faker, base, nl } from '@faker-js/faker'
import {
  generateCompanies,
  generatePeople,
  type GeneratedAddress,
  type GeneratedPerson
} from '../fixtures/people'
import { soapDate, soapDateFromIso, soapDateTime } from './mplus-dates'
import type {
  ArticleGroupRecord,
  ArticleRecord,
  Counters,
  MplusFixture,
  OrderRecord,
  ProductRecord,
  RelationRecord,
  SalesDocumentRecord,
  StockRecord
} from './state'
import {
  brands,
  branches,
  categoryTree,
  colours,
  deliveryMethods,
  garments,
  materials,
  paymentMethods,
  sizes,
  turnoverGroups,
  vatGroups
} from './shop-reference-data'
import type { PlainObject } from './xml-codec'

/**
 * A deterministic, realistic Dutch clothing shop near the Belgian border: two branches, NL/BE/FR
 * VAT groups, a category tree, products with size/colour articles and valid EAN-13 barcodes, stock,
 * persons and companies (with contacts), orders (undelivered ones reserve stock), invoices, receipts.
 */

export interface ShopFixtureOptions {
  /** Number of products (10 … 100 000). */
  size: number
  seed?: number
  /** Relations to generate; defaults to the product count (at least 20). */
  relationCount?: number
}

/** Assumed superuser employee (third-party claim, reference §7.5: UNCONFIRMED as a general rule). */
export const superUserEmployeeNumber = 999999
/** Shipping-cost article, as in the official orders tutorial (a non-stock article). */
export const shippingArticleNumber = 999

const fixtureEpoch = new Date('2026-01-05T09:00:00Z')

/** EAN-13 with a valid check digit, under the GS1 Netherlands prefix range 87. */
export function ean13(body12: string): string {
  const sum = [...body12].reduce(
    (total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3),
    0
  )
  return `${body12}${(10 - (sum % 10)) % 10}`
}

function relationAddressFields(address: GeneratedAddress): PlainObject {
  return {
    address: address.line,
    zipcode: address.postalCode,
    city: address.city,
    country: address.countryCode
  }
}

function personRelation(person: GeneratedPerson): PlainObject {
  return {
    name: person.fullName,
    ...relationAddressFields(person.address),
    telephone: person.phone,
    mobile: person.mobile,
    email: person.email,
    birthDate: soapDateFromIso(person.birthDate)
  }
}

interface FixtureContext {
  faker: Faker
  seed: number
  counters: Counters
  /** Every fixture record is stamped with the same creation time. */
  stamp: PlainObject
}

interface Catalogue {
  products: ProductRecord[]
  stock: StockRecord[]
  stockByKey: Map<string, StockRecord>
  articlePrices: Map<number, { priceIncl: number; description: string }>
}

export function generateShopFixture(options: ShopFixtureOptions): MplusFixture {
  const seed = options.seed ?? 1
  const size = Math.max(1, Math.floor(options.size))
  const faker = new Faker({ locale: [nl, base] })
  faker.seed(seed)
  const counters: Counters = {
    relationSyncMarker: 0,
    articleSyncMarker: 0,
    articleGroupSyncMarker: 0,
    employeeSyncMarker: 0,
    orderSyncMarker: 0,
    invoiceSyncMarker: 0,
    receiptSyncMarker: 0,
    purchaseOrderSyncMarker: 0,
    purchaseDeliverySyncMarker: 0,
    stockId: 0,
    nextRelationNumber: 1001,
    nextProductNumber: 100,
    nextArticleNumber: 10_001,
    nextGroupNumber: 1,
    nextOrderNumber: 1,
    nextInvoiceNumber: 1,
    nextReceiptNumber: 1,
    nextPurchaseOrderNumber: 1,
    nextPurchaseDeliveryNumber: 1
  }
  const context: FixtureContext = { faker, seed, counters, stamp: soapDateTime(fixtureEpoch) }
  const employees = buildEmployees(context)
  const { articleGroups, leafGroups } = buildArticleGroups(context)
  const catalogue = buildCatalogue(context, size, articleGroups, leafGroups)
  const relations = buildRelations(context, options.relationCount ?? Math.max(20, size))
  const { orders, invoices, receipts } = buildSalesHistory(context, size, catalogue, relations)
  return {
    counters,
    branches,
    employees,
    vatGroups,
    turnoverGroups,
    paymentMethods,
    deliveryMethods,
    articleGroups,
    relations,
    products: catalogue.products,
    stock: catalogue.stock,
    orders,
    invoices,
    receipts
  }
}

function buildEmployees({ counters, stamp }: FixtureContext): PlainObject[] {
  return [
    {
      employeeNumber: superUserEmployeeNumber,
      name: 'Superuser',
      username: 'superuser',
      active: true
    },
    {
      employeeNumber: 1,
      name: 'Anouk van den Berg',
      username: 'anouk',
      active: true,
      email: 'anouk@winkel-maastricht.nl'
    },
    { employeeNumber: 2, name: 'Pieter-Jan Claeys', username: 'pieterjan', active: true },
    { employeeNumber: 3, name: 'Sébastien Dupré', username: 'sebastien', active: false }
  ].map((e) => ({
    ...e,
    syncMarker: ++counters.employeeSyncMarker,
    createTimestamp: stamp,
    changeTimestamp: stamp
  }))
}

function buildArticleGroups({ counters }: FixtureContext): {
  articleGroups: ArticleGroupRecord[]
  leafGroups: number[]
} {
  const articleGroups: ArticleGroupRecord[] = []
  const leafGroups: number[] = []
  categoryTree.forEach((top, topIndex) => {
    const topNumber = counters.nextGroupNumber++
    articleGroups.push({
      groupNumber: topNumber,
      parentGroupNumber: 0,
      name: top.name,
      text: `${top.name} (webgroep)`,
      sortOrder: topIndex + 1,
      syncMarker: ++counters.articleGroupSyncMarker,
      productNumbers: [],
      isDeleted: false
    })
    top.children.forEach((child, childIndex) => {
      const groupNumber = counters.nextGroupNumber++
      leafGroups.push(groupNumber)
      articleGroups.push({
        groupNumber,
        parentGroupNumber: topNumber,
        name: child,
        text: `${top.name} › ${child}`,
        sortOrder: childIndex + 1,
        syncMarker: ++counters.articleGroupSyncMarker,
        productNumbers: [],
        isDeleted: false
      })
    })
  })
  return { articleGroups, leafGroups }
}

function buildCatalogue(
  { faker, seed, counters, stamp }: FixtureContext,
  size: number,
  articleGroups: ArticleGroupRecord[],
  leafGroups: number[]
): Catalogue {
  const products: ProductRecord[] = []
  const stock: StockRecord[] = []
  const stockByKey = new Map<string, StockRecord>()
  const articlePrices = new Map<number, { priceIncl: number; description: string }>()

  const addArticleStock = (articleNumber: number, branchNumber: number, amount: number): void => {
    const record: StockRecord = {
      branchNumber,
      articleNumber,
      amountFree: amount,
      amountReserved: 0,
      amountIncoming:
        faker.helpers.maybe(() => faker.number.int({ min: 1, max: 20 }), { probability: 0.1 }) ?? 0,
      decimalPlaces: 0,
      stockId: ++counters.stockId,
      changeTimestamp: stamp
    }
    stock.push(record)
    stockByKey.set(`${branchNumber}:${articleNumber}`, record)
  }

  const shippingProduct: ProductRecord = {
    productNumber: counters.nextProductNumber++,
    syncMarker: 0,
    description: 'Verzendkosten',
    groupNumbers: [],
    articleList: {
      article: [
        {
          articleNumber: shippingArticleNumber,
          pluNumber: 'VERZEND',
          syncMarker: 0,
          createTimestamp: stamp,
          changeTimestamp: stamp,
          active: true,
          description: 'Verzendkosten',
          turnoverGroup: 999,
          vatCode: 2,
          vatPercentage: 21,
          priceIncl: 495,
          priceExcl: 409,
          webshop: false,
          stockArticle: false
        }
      ]
    }
  }
  const productMarker = ++counters.articleSyncMarker
  shippingProduct.syncMarker = productMarker
  shippingProduct.articleList.article[0].syncMarker = productMarker
  products.push(shippingProduct)
  articlePrices.set(shippingArticleNumber, { priceIncl: 495, description: 'Verzendkosten' })

  for (let index = 1; index < size; index++) {
    const garment = faker.helpers.arrayElement(garments)
    const brandName = faker.helpers.arrayElement(brands)
    const description = `${garment} ${faker.helpers.arrayElement(materials)} ${faker.commerce.productAdjective().toLowerCase()}`
    const turnoverGroup = /Sneaker|Laars/.test(garment) ? 2 : /Sjaal|Tas|Riem/.test(garment) ? 3 : 1
    const priceIncl =
      faker.number.int({ min: 8, max: 250 }) * 100 - faker.helpers.arrayElement([0, 1, 5, 50])
    const productColours = faker.helpers.arrayElements(
      colours,
      faker.number.int({ min: 1, max: 2 })
    )
    const productSizes = faker.helpers
      .arrayElements(sizes, faker.number.int({ min: 1, max: 3 }))
      .sort((a, b) => sizes.indexOf(a) - sizes.indexOf(b))
    const marker = ++counters.articleSyncMarker
    const productNumber = counters.nextProductNumber++
    const articles: ArticleRecord[] = []
    for (const colour of productColours) {
      for (const articleSize of productSizes) {
        const articleNumber = counters.nextArticleNumber++
        articles.push({
          articleNumber,
          pluNumber: `${productNumber}-${articles.length + 1}`,
          syncMarker: marker,
          changeTimestamp: stamp,
          createTimestamp: stamp,
          active: faker.datatype.boolean({ probability: 0.97 }),
          description: `${description} ${colour} ${articleSize}`,
          colour,
          colourSequenceNumber: colours.indexOf(colour) + 1,
          size: articleSize,
          sizeSequenceNumber: sizes.indexOf(articleSize) + 1,
          barcode: ean13(
            `87${String(seed % 100).padStart(2, '0')}${String(articleNumber).padStart(8, '0')}`
          ),
          brandName,
          turnoverGroup,
          vatCode: 2,
          vatPercentage: 21,
          purchasePrice: Math.round(priceIncl / 1.21 / 2.2),
          priceIncl,
          priceExcl: Math.round(priceIncl / 1.21),
          webshop: true,
          stockArticle: true
        })
        articlePrices.set(articleNumber, {
          priceIncl,
          description: `${description} ${colour} ${articleSize}`
        })
        addArticleStock(articleNumber, 1, faker.number.int({ min: 0, max: 40 }))
        if (faker.datatype.boolean())
          addArticleStock(articleNumber, 2, faker.number.int({ min: 0, max: 15 }))
      }
    }
    const groupNumber = faker.helpers.arrayElement(leafGroups)
    const group = articleGroups.find((g) => g.groupNumber === groupNumber)
    group?.productNumbers.push(productNumber)
    products.push({
      productNumber,
      syncMarker: marker,
      description: `${brandName} ${description}`,
      groupNumbers: [groupNumber],
      articleList: { article: articles }
    })
  }
  return { products, stock, stockByKey, articlePrices }
}

function buildRelations(
  { counters, seed, stamp }: FixtureContext,
  relationCount: number
): RelationRecord[] {
  const relations: RelationRecord[] = []
  const companyCount = Math.floor(relationCount / 8)
  const people = generatePeople(relationCount - companyCount, seed)
  const companies = generateCompanies(companyCount, seed)
  const newRelation = (fields: PlainObject): RelationRecord => ({
    relationNumber: counters.nextRelationNumber++,
    syncMarker: ++counters.relationSyncMarker,
    createTimestamp: stamp,
    changeTimestamp: stamp,
    active: true,
    ...fields
  })
  for (const person of people) relations.push(newRelation(personRelation(person)))
  for (const company of companies) {
    // Contacts are nested only (contactList); whether the real server also lists them as relations
    // of their own is UNCONFIRMED (reference §7.2) — the simulator assumes it does not.
    relations.push(
      newRelation({
        name: company.name,
        ...relationAddressFields(company.address),
        contact: company.contacts[0]?.fullName,
        telephone: company.phone,
        email: company.email,
        website: company.website,
        vatNumber: company.vatNumber,
        commerceNumber: company.commerceNumber,
        contactList: {
          relation: company.contacts.map((c) => ({
            name: c.fullName,
            telephone: c.phone,
            mobile: c.mobile,
            email: c.email
          }))
        },
        companyName: company.name
      })
    )
  }
  return relations
}

function buildSalesHistory(
  { faker, counters }: FixtureContext,
  size: number,
  { products, stockByKey, articlePrices }: Catalogue,
  relations: RelationRecord[]
): { orders: OrderRecord[]; invoices: SalesDocumentRecord[]; receipts: SalesDocumentRecord[] } {
  const sellable = products
    .slice(1)
    .flatMap((p) => p.articleList.article.map((a) => a.articleNumber))
  const orders: OrderRecord[] = []
  const invoices: SalesDocumentRecord[] = []
  const receipts: SalesDocumentRecord[] = []
  const documentCount = Math.max(3, Math.floor(size / 10))
  for (let index = 0; index < documentCount && sellable.length > 0; index++) {
    const relation = faker.helpers.arrayElement(relations)
    const at = new Date(fixtureEpoch.getTime() - faker.number.int({ min: 0, max: 60 * 86_400_000 }))
    // Index picks, not arrayElements: that copies the whole (up to 300 000-article) list per order.
    const lineCount = faker.number.int({ min: 1, max: 3 })
    const lineArticles = [
      ...new Set(
        Array.from(
          { length: lineCount },
          () => sellable[faker.number.int({ min: 0, max: sellable.length - 1 })]
        )
      )
    ]
    const lines = lineArticles.map((articleNumber) => {
      const price = articlePrices.get(articleNumber) ?? { priceIncl: 0, description: '' }
      const quantity = faker.number.int({ min: 1, max: 3 })
      return {
        articleNumber,
        text: price.description,
        data: {
          quantity,
          decimalPlaces: 0,
          price: price.priceIncl,
          vatCode: 2,
          vatPercentage: 21,
          totalInclAmount: quantity * price.priceIncl
        }
      }
    })
    const total = lines.reduce((sum, line) => sum + line.data.totalInclAmount, 0)
    const delivered = index % 3 !== 0
    const orderNumber = counters.nextOrderNumber++
    const orderId = faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })
    orders.push({
      orderId,
      extOrderId: `WEB-${2026_00000 + orderNumber}`,
      syncMarker: ++counters.orderSyncMarker,
      orderType: 'ORDER-TYPE-SALES-ORDER',
      entryBranchNumber: 1,
      employeeNumber: superUserEmployeeNumber,
      entryTimestamp: soapDateTime(at),
      relationNumber: relation.relationNumber,
      relationName: String(relation.name),
      financialDate: soapDate(at),
      financialBranchNumber: 1,
      reference: '',
      totalInclAmount: total,
      totalExclAmount: Math.round(total / 1.21),
      vatMethod: 'VAT-METHOD-INCLUSIVE',
      prepaidAmount: 0,
      fullyPaid: delivered,
      deliveryState: delivered ? 'ORDER-DELIVERY-STATE-COMPLETE' : 'ORDER-DELIVERY-STATE-NOTHING',
      cancelState: 'ORDER-CANCEL-STATE-NOTHING',
      completeState: delivered ? 'ORDER-COMPLETE-STATE-COMPLETE' : 'ORDER-COMPLETE-STATE-NOTHING',
      orderNumber: { year: 2026, number: orderNumber },
      lineList: { line: lines }
    })
    if (!delivered) {
      for (const line of lines) {
        const record = stockByKey.get(`1:${line.articleNumber}`)
        if (record) record.amountReserved += line.data.quantity
      }
    }
    const documentBase = {
      employeeNumber: superUserEmployeeNumber,
      employeeName: 'Superuser',
      entryTimestamp: soapDateTime(at),
      relationNumber: relation.relationNumber,
      relationName: String(relation.name),
      financialDate: soapDate(at),
      financialBranchNumber: 1,
      workplaceNumber: 1,
      totalInclAmount: total,
      totalExclAmount: Math.round(total / 1.21),
      vatMethod: 'VAT-METHOD-INCLUSIVE',
      paidAmount: total,
      lineList: { line: lines },
      paymentList: { payment: [{ method: 'PIN', amount: total }] }
    }
    if (delivered) {
      invoices.push({
        invoiceId: faker.string.uuid(),
        orderIds: { id: [orderId] },
        syncMarker: ++counters.invoiceSyncMarker,
        invoiceNumber: { year: 2026, number: counters.nextInvoiceNumber++ },
        invoiceType: 'INVOICE-TYPE-INVOICE',
        ...documentBase,
        state: 'INVOICE-STATE-PAID',
        finalized: true
      })
    }
    receipts.push({
      receiptId: faker.string.uuid(),
      syncMarker: ++counters.receiptSyncMarker,
      receiptNumber: {
        branchNumber: 1,
        workplaceNumber: 1,
        year: 2026,
        number: counters.nextReceiptNumber++
      },
      receiptType: 'RECEIPT-TYPE-RECEIPT',
      ...documentBase,
      // Every fourth till sale is anonymous (no customer card scanned), as many till sales are.
      ...(index % 4 === 3 ? { relationNumber: undefined, relationName: undefined } : {}),
      state: 'RECEIPT-STATE-PAID'
    })
  }
  return { orders, invoices, receipts }
}
