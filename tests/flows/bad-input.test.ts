import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberRecord } from '../../simulators/mailchimp/state'
import type { ProductRecord } from '../../simulators/mplus/state'
import type { AttentionItem } from '../../src/shared/contract'
import type { Core } from '../../src/main/core/create-core'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/**
 * Bad source records planted in the simulators' state (as a real account can hold them, or as a
 * broken export could deliver them). Each must end with a specific reason on that record while
 * every other record of the run arrives.
 */
type MemberCase = {
  kind: 'member'
  name: string
  edit: (m: MemberRecord) => void
  reason: RegExp | null
}
type ProductCase = {
  kind: 'product'
  name: string
  edit: (p: ProductRecord) => void
  reason: RegExp | null
}
type BadCase = MemberCase | ProductCase

const tenKb = 'x'.repeat(10_240)
const address = (m: MemberRecord) => m.merge_fields.ADDRESS as Record<string, unknown>
const firstArticle = (p: ProductRecord) => p.articleList.article[0] as Record<string, unknown>

const cases: BadCase[] = [
  {
    kind: 'member',
    name: 'e-mail without domain',
    edit: (m) => (m.email_address = 'jan.jansen@'),
    reason: /"jan\.jansen@" is not a valid e-mail address/
  },
  {
    kind: 'member',
    name: 'e-mail with a space',
    edit: (m) => (m.email_address = 'jan jansen@voorbeeld.nl'),
    reason: /"jan jansen@voorbeeld\.nl" is not a valid e-mail address/
  },
  {
    kind: 'member',
    name: 'e-mail of 300 characters',
    edit: (m) => (m.email_address = `${'a'.repeat(290)}@example.nl`),
    reason: /is not a valid e-mail address/
  },
  {
    kind: 'member',
    name: 'e-mail missing',
    edit: (m) => (m.email_address = ''),
    reason: /customer has no usable id \(its id is empty\)/
  },
  {
    kind: 'member',
    name: 'no name and no company',
    edit: (m) => {
      m.merge_fields.FNAME = ''
      m.merge_fields.LNAME = ''
      delete m.merge_fields.COMPANY
    },
    reason: /name/
  },
  {
    kind: 'member',
    name: 'unknown country',
    edit: (m) => (address(m).country = 'Atlantis'),
    reason: /Atlantis/
  },
  {
    kind: 'member',
    name: 'name is a number',
    edit: (m) => {
      m.merge_fields.FNAME = 12345 as unknown as string
      m.merge_fields.LNAME = ''
    },
    reason: null
  },
  {
    kind: 'member',
    name: 'emoji and diacritics in the name',
    edit: (m) => {
      m.merge_fields.FNAME = 'Zoë 🎉'
      m.merge_fields.LNAME = "D'Hondt-Müller"
    },
    reason: null
  },
  {
    kind: 'member',
    name: 'ADDRESS merge field empty',
    edit: (m) => (m.merge_fields.ADDRESS = ''),
    reason: null
  },
  {
    kind: 'member',
    name: 'XML special characters',
    edit: (m) => (m.merge_fields.LNAME = '<b>&amp; "Jansen" </b>'),
    reason: null
  },
  {
    kind: 'product',
    name: 'no articles',
    edit: (p) => (p.articleList.article = []),
    reason: /has no articles/
  },
  {
    kind: 'product',
    name: 'no title anywhere',
    edit: (p) => {
      delete p.description
      for (const a of p.articleList.article) delete (a as Record<string, unknown>).description
    },
    reason: /title/
  },
  {
    kind: 'product',
    name: 'article without a price',
    edit: (p) => {
      delete firstArticle(p).priceIncl
      delete firstArticle(p).priceExcl
    },
    reason: /price/
  },
  {
    kind: 'product',
    name: 'emoji and diacritics in the title',
    edit: (p) => (p.description = 'Crème brûlée-set ☕️'),
    reason: null
  },
  {
    kind: 'product',
    name: 'XML special characters in the title',
    edit: (p) => (p.description = 'Tom & Jerry <mok> "groot"'),
    reason: null
  },
  {
    kind: 'product',
    name: 'title of 10 kB',
    edit: (p) => (p.description = tenKb),
    reason: /title|long|characters/i
  },
  {
    kind: 'product',
    name: 'non-numeric SKU (EAN as SKU)',
    edit: (p) => (firstArticle(p).barcode = 'AB-12'),
    reason: /variant\.sku: digitsOnly: 'AB-12' is not a number made of digits only/
  },
  {
    kind: 'product',
    name: 'negative price',
    edit: (p) => (firstArticle(p).priceIncl = -995),
    reason: null
  },
  {
    kind: 'product',
    name: 'price of a billion euro',
    edit: (p) => (firstArticle(p).priceIncl = 100_000_000_000),
    reason: null
  },
  {
    kind: 'product',
    name: 'unknown article group',
    edit: (p) => (p.groupNumbers = [999_999]),
    reason: null
  },
  // Appended, so the indices above stay as the last test expects.
  {
    kind: 'member',
    name: 'last name of 1 MB',
    edit: (m) => (m.merge_fields.LNAME = 'J'.repeat(1024 * 1024)),
    reason: /characters, the target allows 100/
  },
  {
    kind: 'member',
    name: 'postcode of 1 MB',
    edit: (m) => (address(m).zip = '1'.repeat(1024 * 1024)),
    reason: /zipcode': 1048576 characters, the target allows 16/
  },
  {
    kind: 'member',
    name: 'NUL in the last name',
    edit: (m) => (m.merge_fields.LNAME = 'Jan\u0000sen'),
    reason: /control character U\+0000 at position/
  },
  {
    kind: 'member',
    name: 'bell and escape in the city',
    edit: (m) => (address(m).city = 'Gent\u0007\u001b'),
    reason: /city': the text holds control character U\+0007/
  },
  {
    kind: 'member',
    name: 'lone surrogate in the first name',
    edit: (m) => (m.merge_fields.FNAME = 'Jan\ud800'),
    reason: /not valid Unicode \(a lone surrogate/
  },
  {
    kind: 'product',
    name: 'NUL in the title',
    edit: (p) => (p.description = 'Koffie\u0000mok'),
    reason: /title': the text holds control character U\+0000/
  },
  {
    kind: 'product',
    // The till's XML carries it as U+FFFD: refused as a lost character, not synced as "Thee�pot".
    name: 'lone surrogate in the title',
    edit: (p) => (p.description = 'Thee\udc00pot'),
    reason: /title': the text holds U\+FFFD at position 5, a character lost to a broken encoding/
  },
  {
    kind: 'product',
    name: 'tab and line feed in the title (allowed)',
    edit: (p) => (p.description = 'Theepot\tgroot\n'),
    reason: null
  }
]

const tempDir = useTempDir()
let pair: SimulatorPair
let core: Core
const plantedMembers = new Map<BadCase, MemberRecord>()
const plantedProducts = new Map<BadCase, ProductRecord>()
let attention: AttentionItem[] = []

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 40, members: 40, seed: 3 })
  const members = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()]
  const products = [...pair.mplus.state.products.values()].filter(
    (p) => p.articleList.article.length > 0
  )
  let m = 0
  let p = 0
  for (const badCase of cases) {
    if (badCase.kind === 'member') {
      const member = members[m++]
      badCase.edit(member)
      plantedMembers.set(badCase, member)
    } else {
      const product = products[p++]
      badCase.edit(product)
      plantedProducts.set(badCase, product)
    }
  }
  core = await startConfiguredCore(pair, tempDir())
  // SKU from the EAN barcode, which must be digits only: the non-numeric case needs this mapping.
  const products40 = await core.call('mapping.get', { flow: 'products' })
  const rules = products40.mapping.rules.map((rule) =>
    rule.target === 'variant.sku'
      ? {
          ...rule,
          source: { firstOf: [{ path: 'article.barcode' }, { path: 'article.articleNumber' }] },
          transforms: [{ kind: 'toString' as const }, { kind: 'digitsOnly' as const }]
        }
      : rule
  )
  await core.call('mapping.save', { flow: 'products', mapping: { ...products40.mapping, rules } })
  await core.call('sync.runNow', { all: true, wait: true })
  attention = (await core.call('attention.list', { limit: 500 })).items
}, 300_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe('bad input gives a specific reason on that record, and the rest arrives', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, badCase) => {
    // The source payload names the record even when its id is unusable.
    const marker =
      badCase.kind === 'member'
        ? `"id":"${plantedMembers.get(badCase)!.id}"`
        : `"productNumber":${plantedProducts.get(badCase)!.productNumber},`
    const flow = badCase.kind === 'member' ? 'customers' : 'products'
    const item = attention.find(
      (entry) => entry.flow === flow && entry.sourcePayload.includes(marker)
    )
    if (badCase.reason) {
      expect(item, `${badCase.name} should need attention`).toBeDefined()
      expect(item!.reason).toMatch(badCase.reason)
    } else {
      expect(item?.reason, `${badCase.name} should have synced`).toBeUndefined()
    }
  })

  it('sent the good records, with special characters intact', async () => {
    const refused = new Set<unknown>(
      cases.filter((c) => c.reason).map((c) => plantedMembers.get(c) ?? plantedProducts.get(c))
    )
    const members = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()]
    const relationsByEmail = new Map(
      [...pair.mplus.state.relations.values()].map((r) => [String(r.email).toLowerCase(), r])
    )
    for (const member of members) {
      if (refused.has(member)) continue
      const email = member.email_address.trim().toLowerCase()
      expect(relationsByEmail.has(email), `relation for ${email}`).toBe(true)
    }
    const emoji = relationsByEmail.get(plantedMembers.get(cases[7])!.email_address.toLowerCase())
    expect(emoji?.contact ?? emoji?.name).toContain('Zoë 🎉')
    const storeProducts = pair.mailchimp.state.products.get(harnessStoreId)!
    for (const product of pair.mplus.state.products.values()) {
      // Not for sale (no active article): never created, by the products rule.
      if (refused.has(product) || !product.articleList.article.some((a) => a.active !== false))
        continue
      expect(
        storeProducts.has(String(product.productNumber)),
        `product ${product.productNumber}`
      ).toBe(true)
    }
    const xmlProduct = plantedProducts.get(cases[14])!
    expect(storeProducts.get(String(xmlProduct.productNumber))?.title).toBe(
      'Tom & Jerry <mok> "groot"'
    )
  })
})
