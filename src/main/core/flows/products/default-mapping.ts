import type { FlowMapping } from '../../../../shared/contract/mapping-model'
import { concat, firstOf, path, rule, toText, trim } from '../../mapping/rule'

/**
 * Mplus product + one of its articles → Mailchimp product (`product.*`) + variant (`variant.*`).
 *
 * Source record: `{ product, article, group? }` — an Mplus `Product`, one `Article` of it (as the
 * Mplus connector returns them: list wrappers flattened, so `imageList.0.imageUrl`) and the
 * product's first article group (its name becomes the product `type`, which Mailchimp's
 * e-commerce category segments match on; the categories flow carries later renames). The flow
 * takes the product part from the first active article and one variant per article; whether a
 * variant is for sale (`visibility`) follows the article's `active`
 * flag and is not mapped (see the products flow). Stock levels are the stock flow's.
 *
 * A description longer than the target takes is cut, with a warning on the record's log entry;
 * every other field over its length refuses the product (docs/field-limits.md).
 *
 * Written on create only: the product id (a PATCH body has none), the description and the image
 * URL — shops enrich those in Mailchimp, and Mplus's `extraText` is usually a terse till note.
 * Title, vendor and every variant field follow the till: a renamed or re-priced article must show
 * correctly in the next mail. (The variant title stays on update because a variant PUT requires it.)
 *
 * SKU = the Mplus article number; switch the path to `article.pluNumber`, `article.barcode` (EAN)
 * or `article.extArticleId` to key products on another code. Mailchimp has no barcode or currency
 * field on variants (currency comes from the store).
 */
export const defaultProductsMapping: FlowMapping = {
  rules: [
    rule('product.id', path('product.productNumber'), [toText], {
      required: true,
      updateOnChange: false
    }),
    rule(
      'product.title',
      firstOf(path('product.description'), path('article.description')),
      [trim],
      {
        required: true
      }
    ),
    rule(
      'product.description',
      firstOf(path('product.extraText'), path('article.extraText')),
      [trim],
      // A long till note is cut to the target's length (with a warning), not a refused product.
      { updateOnChange: false, tooLong: 'truncate' }
    ),
    rule('product.vendor', path('article.brandName'), [trim]),
    rule('product.type', path('group.name'), [trim]),
    rule('product.image_url', path('article.imageList.0.imageUrl'), [trim], {
      updateOnChange: false
    }),
    rule('variant.id', path('article.articleNumber'), [toText], { required: true }),
    rule(
      'variant.title',
      concat(
        [
          firstOf(path('article.description'), path('product.description')),
          concat([path('article.colour'), path('article.size')], ' / ')
        ],
        ' - '
      ),
      [trim],
      { required: true }
    ),
    rule('variant.sku', path('article.articleNumber'), [toText], { required: true }),
    rule('variant.price', path('article.priceIncl'), [{ kind: 'centsToDecimal' }], {
      required: true
    })
  ]
}
