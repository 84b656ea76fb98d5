import type { PlainObject } from './xml-codec'

/**
 * The fixed part of the simulated shop: two branches (NL, BE), VAT groups of four countries,
 * turnover groups, payment and delivery methods, the category tree, and the vocabulary products
 * are made of.
 */

export const branches: PlainObject[] = [
  {
    branchNumber: 1,
    branchName: 'Winkel Maastricht',
    abbreviation: 'MAA',
    countryCode: 528,
    countryIso3: 'NLD',
    countryName: 'Nederland'
  },
  {
    branchNumber: 2,
    branchName: 'Filiaal Antwerpen',
    abbreviation: 'ANT',
    countryCode: 56,
    countryIso3: 'BEL',
    countryName: 'België'
  }
]

/** NL codes 1 = 9 % and 2 = 21 % (reference §7.8); vatPercentage assumed whole percent (UNCONFIRMED scale). */
export const vatGroups: PlainObject[] = [
  { branchNumber: 1, countryCode: 528, countryIso3: 'NLD', vatCode: 1, vatPercentage: 9 },
  { branchNumber: 1, countryCode: 528, countryIso3: 'NLD', vatCode: 2, vatPercentage: 21 },
  { branchNumber: 1, countryCode: 528, countryIso3: 'NLD', vatCode: 3, vatPercentage: 0 },
  { branchNumber: 2, countryCode: 56, countryIso3: 'BEL', vatCode: 1, vatPercentage: 6 },
  { branchNumber: 2, countryCode: 56, countryIso3: 'BEL', vatCode: 2, vatPercentage: 21 },
  { countryCode: 250, countryIso3: 'FRA', vatCode: 1, vatPercentage: 10 },
  { countryCode: 250, countryIso3: 'FRA', vatCode: 2, vatPercentage: 20 },
  { countryCode: 276, countryIso3: 'DEU', vatCode: 1, vatPercentage: 7 },
  { countryCode: 276, countryIso3: 'DEU', vatCode: 2, vatPercentage: 19 }
]

export const turnoverGroups: PlainObject[] = [
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-TURNOVER',
    turnoverGroup: 1,
    turnoverGroupName: 'Kleding',
    defaultVatCode: 2
  },
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-TURNOVER',
    turnoverGroup: 2,
    turnoverGroupName: 'Schoenen',
    defaultVatCode: 2
  },
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-TURNOVER',
    turnoverGroup: 3,
    turnoverGroupName: 'Accessoires',
    defaultVatCode: 2
  },
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-TURNOVER',
    turnoverGroup: 4,
    turnoverGroupName: 'Boeken en tijdschriften',
    defaultVatCode: 1
  },
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-TURNOVER',
    turnoverGroup: 999,
    turnoverGroupName: 'Verzendkosten',
    defaultVatCode: 2
  },
  {
    turnoverGroupType: 'TURNOVER-GROUP-TYPE-PAYMENT',
    turnoverGroup: 900,
    turnoverGroupName: 'Betalingen'
  }
]

/** Payment and delivery codes are installation-specific (reference §10.9); these are plausible examples. */
export const paymentMethods: PlainObject[] = [
  {
    method: 'CONTANT',
    description: 'Contant',
    buttonText: 'Contant',
    allowNegativeAmount: true,
    active: true,
    type: 'PAYMENT-METHOD-TYPE-PAYMENT'
  },
  {
    method: 'PIN',
    description: 'Pinbetaling',
    buttonText: 'PIN',
    allowNegativeAmount: true,
    active: true,
    type: 'PAYMENT-METHOD-TYPE-EFT'
  },
  {
    method: 'IDEAL',
    description: 'iDEAL (webshop)',
    buttonText: 'iDEAL',
    allowNegativeAmount: false,
    active: true,
    type: 'PAYMENT-METHOD-TYPE-PAYMENT'
  },
  {
    method: 'BANCONTACT',
    description: 'Bancontact',
    buttonText: 'Bancontact',
    allowNegativeAmount: false,
    active: true,
    type: 'PAYMENT-METHOD-TYPE-PAYMENT'
  },
  {
    method: 'OPREKENING',
    description: 'Op rekening',
    buttonText: 'Op rekening',
    allowNegativeAmount: true,
    active: true,
    type: 'PAYMENT-METHOD-TYPE-DEPOSIT'
  }
]

export const deliveryMethods: PlainObject[] = [
  {
    deliveryMethod: 'AFHALEN',
    description: 'Afhalen in de winkel',
    buttonText: 'Afhalen',
    enabled: true
  },
  {
    deliveryMethod: 'POSTNL',
    description: 'Verzenden met PostNL',
    buttonText: 'PostNL',
    enabled: true
  },
  {
    deliveryMethod: 'BPOST',
    description: 'Verzenden met bpost',
    buttonText: 'bpost',
    enabled: true
  }
]

export const categoryTree: { name: string; children: string[] }[] = [
  { name: 'Dames', children: ['Jurken', 'Truien', 'Broeken'] },
  { name: 'Heren', children: ['Overhemden', 'Jassen', 'Broeken'] },
  { name: 'Kinderen', children: ['Baby', 'Meisjes', 'Jongens'] },
  { name: 'Schoenen', children: ['Sneakers', 'Laarzen'] },
  { name: 'Accessoires', children: ['Tassen', 'Sjaals', 'Riemen'] }
]

export const garments = [
  'T-shirt',
  'Trui',
  'Vest',
  'Jurk',
  'Spijkerbroek',
  'Chino',
  'Overhemd',
  'Blouse',
  'Jas',
  'Rok',
  'Sjaal',
  'Sneaker',
  'Laars',
  'Tas',
  'Riem'
]
export const materials = [
  'katoen',
  'wol',
  'linnen',
  'denim',
  'leer',
  'merinowol',
  'bamboe',
  'fleece'
]
export const brands = [
  'Zoë & Co',
  'Noordkaap',
  'Maison Lefèvre',
  'Kustlijn',
  'Ébène',
  'Stadskind',
  'Brave Søren'
]
export const colours = [
  'Zwart',
  'Wit',
  'Marineblauw',
  'Bordeaux',
  'Olijfgroen',
  'Crème',
  'Grijs gemêleerd',
  'Oker'
]
export const sizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL']
