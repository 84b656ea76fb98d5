/**
 * Realistic source records for the default mappings, shaped as our connectors return them (field
 * names from the references; Mplus list wrappers flattened): a Dutch member with a company, a Belgian (French-speaking) member, an Mplus
 * size/colour product, an article group and a Mailchimp web-shop order.
 */

export const dutchCompanyMember = {
  id: 'f2c9a3b0e5d14c2b8a1e9d7c6b5a4f30',
  email_address: ' Jan.de.Vries@Bakkerij-DeVries.NL ',
  status: 'subscribed',
  merge_fields: {
    FNAME: 'Jan',
    LNAME: 'de Vries',
    PHONE: '+31 20 123 4567',
    COMPANY: 'Bakkerij De Vries B.V.',
    ADDRESS: {
      addr1: 'Kerkstraat 12-A',
      addr2: '',
      city: "'s-Hertogenbosch",
      state: '',
      zip: '5211 ab',
      country: 'Nederland'
    }
  },
  last_changed: '2026-11-20T10:15:00+00:00'
}

export const belgianPersonMember = {
  id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  email_address: 'amelie.dubois@example.be',
  status: 'subscribed',
  merge_fields: {
    FNAME: 'Amélie',
    LNAME: 'Dubois 🌷',
    PHONE: '',
    ADDRESS: {
      addr1: 'Rue de la Loi 16 bis',
      addr2: 'bte 3',
      city: 'Bruxelles',
      state: '',
      zip: '1000',
      country: 'BE'
    }
  },
  last_changed: '2026-11-21T08:00:00+00:00'
}

export const mplusShirtProduct = {
  productNumber: 4711,
  syncMarker: 88,
  description: 'T-shirt biologisch katoen',
  extraText: 'Zacht T-shirt van biologisch katoen, gemaakt in Portugal.',
  groupNumbers: [12],
  articleList: [
    {
      articleNumber: 100234,
      pluNumber: 'TS-ROOD-M',
      barcode: '8712345678906',
      description: 'T-shirt biologisch katoen',
      colour: 'rood',
      size: 'M',
      brandName: 'Groene Draad',
      priceIncl: 2495,
      priceExcl: 2062,
      vatCode: 2,
      vatPercentage: 21,
      turnoverGroup: 10
    }
  ]
}

export const shirtRecord = {
  product: mplusShirtProduct,
  article: mplusShirtProduct.articleList[0],
  stock: { quantity: 7 }
}

export const articleGroup = {
  groupNumber: 12,
  name: ' Kleding & accessoires ',
  text: 'Kleding',
  sortOrder: 1
}

const orderAddress = {
  name: 'Sophie Martin',
  address1: '12 rue de Rivoli',
  address2: '',
  city: 'Paris',
  province: '',
  postal_code: '75004',
  country: 'France',
  country_code: 'FR',
  phone: '+33 1 23 45 67 89',
  company: ''
}

export const webshopOrder = {
  id: 'WS-2026-000981',
  customer: {
    id: 'cust-981',
    email_address: 'sophie.martin@example.fr',
    first_name: 'Sophie',
    last_name: 'Martin'
  },
  currency_code: 'EUR',
  order_total: 54.9,
  financial_status: 'paid',
  tracking_carrier: 'Colissimo',
  billing_address: orderAddress,
  shipping_address: {
    ...orderAddress,
    name: 'Sophie Martin (bureau)',
    address1: '3 place de la Bastille'
  },
  lines: [
    {
      id: 'l1',
      product_id: '4711',
      product_variant_id: '100234',
      product_title: 'T-shirt',
      quantity: 2,
      price: 24.95,
      discount: 0
    },
    {
      id: 'l2',
      product_id: '999',
      product_variant_id: '999',
      product_title: 'Verzendkosten',
      quantity: 1,
      price: 5,
      discount: 0
    }
  ]
}

export const orderLineRecord = { order: webshopOrder, line: webshopOrder.lines[0] }
