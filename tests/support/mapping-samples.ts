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

/** dutchCompanyMember as the default customers mapping makes it an Mplus relation (written out by hand). */
export const dutchCompanyRelation = {
  address: 'Kerkstraat 12-A',
  city: "'s-Hertogenbosch",
  companyName: 'Bakkerij De Vries B.V.',
  contact: 'Jan de Vries',
  country: 'NL',
  email: 'jan.de.vries@bakkerij-devries.nl',
  name: 'Bakkerij De Vries B.V.',
  telephone: '+31 20 123 4567',
  zipcode: '5211 AB'
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
  article: mplusShirtProduct.articleList[0]
}

export const articleGroup = {
  groupNumber: 12,
  name: ' Kleding & accessoires ',
  text: 'Kleding',
  sortOrder: 1
}

/** An Mplus relation as the connector returns it: a company with a contact person (orders-out). */
export const mplusCompanyRelation = {
  relationNumber: 1042,
  syncMarker: 311,
  name: 'Bakkerij De Vries B.V.',
  companyName: 'Bakkerij De Vries B.V.',
  contact: 'Jan de Vries',
  email: ' Jan.de.Vries@Bakkerij-DeVries.NL ',
  city: "'s-Hertogenbosch",
  categoryIds: [],
  contactList: []
}
