/**
 * Length limits of target fields, in one place, keyed by the reference type a target section
 * names (`TargetSection.referenceType`) and the field's name within it — so they stay put when
 * sections move between modules. `fieldsUnder` applies them.
 *
 * MplusQapi's WSDL states no lengths, and Mailchimp's OpenAPI states none for the e-commerce
 * product and variant fields. relationCode's 128 is from the API 1.8.2 release notes; the rest are
 * plausibility limits (ours, documented here and in docs/field-limits.md): generous for real data,
 * far below the megabyte values a broken export can carry. A value over the limit is refused
 * (code `field-too-long`, with the lengths), unless its rule says `tooLong: 'truncate'`: then it is
 * cut with a warning (`field-truncated`) on the record's log entry.
 */
export const fieldLimits: Record<string, Record<string, number>> = {
  Relation: {
    relationCode: 128,
    extRelationId: 64,
    name: 100,
    companyName: 100,
    contact: 100,
    // RFC 5321: a path is at most 256 octets, so an address at most 254 characters.
    email: 254,
    reminderEmail: 254,
    telephone: 32,
    mobile: 32,
    website: 255,
    address: 100,
    zipcode: 16,
    city: 64,
    country: 64,
    deliveryAddress: 100,
    deliveryZipcode: 16,
    deliveryCity: 64,
    deliveryCountry: 64,
    vatNumber: 32,
    commerceNumber: 32,
    // ISO 13616: an IBAN has at most 34 characters.
    bankAccountNumber: 34,
    extraText: 4000
  },
  // What the till shows of a group name.
  NewArticleGroupRequest: { name: 100, text: 100 },
  'POST /ecommerce/stores/{store_id}/products': {
    // A title longer than this is a text pasted into the wrong field at the till; it would show
    // in e-mails and segment lists.
    title: 255,
    handle: 255,
    url: 2000,
    description: 10_000,
    type: 255,
    vendor: 255,
    image_url: 2000,
    published_at_foreign: 64
  },
  'PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}': {
    title: 255,
    url: 2000,
    sku: 255,
    image_url: 2000,
    backorders: 1
  },
  // An order's addresses and reference take the relation's lengths (the same till screens).
  Order: {
    reference: 100,
    paymentMethod: 32,
    deliveryMethod: 32,
    'deliveryAddress.name': 100,
    'deliveryAddress.contact': 100,
    'deliveryAddress.companyName': 100,
    'deliveryAddress.address': 100,
    'deliveryAddress.zipcode': 16,
    'deliveryAddress.city': 64,
    'deliveryAddress.country': 64,
    'invoiceAddress.name': 100,
    'invoiceAddress.contact': 100,
    'invoiceAddress.companyName': 100,
    'invoiceAddress.address': 100,
    'invoiceAddress.zipcode': 16,
    'invoiceAddress.city': 64,
    'invoiceAddress.country': 64
  },
  Line: { text: 255 }
}
