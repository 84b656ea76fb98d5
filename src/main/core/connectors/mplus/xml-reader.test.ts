import { describe, expect, it } from 'vitest'
import { eventLoopTurn } from '../../event-loop-turn'
import { readXml, XmlSyntaxError } from './xml-reader'

async function failure(xml: string): Promise<string> {
  try {
    await readXml(xml)
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error.message
    throw error
  }
  throw new Error('read without an error')
}

describe('xml-reader', () => {
  it('resolves every name against the xmlns declarations in scope, the element’s own first', async () => {
    const root = await readXml(
      '<?xml version="1.0"?><!-- a comment --><a:r xmlns:a="urn:a" xmlns="urn:d">' +
        '<x/><a:y xmlns:a="urn:other"/><z xmlns=""/></a:r>'
    )
    expect(root).toMatchObject({ name: 'a:r', local: 'r', namespace: 'urn:a' })
    expect(root.children.map((child) => [child.local, child.namespace])).toEqual([
      ['x', 'urn:d'],
      ['y', 'urn:other'],
      ['z', undefined]
    ])
  })

  it('decodes the predefined entities and character references, and keeps CDATA as text', async () => {
    const root = await readXml(
      "<r a='&quot;1&quot;'>&lt;b&gt; &amp; &apos;c&apos; &#233;&#xE9;&#x1F600;<![CDATA[<raw & kept>]]></r>"
    )
    expect(root.text).toBe("<b> & 'c' éé😀<raw & kept>")
  })

  it('leaves an element without a declared prefix in no namespace', async () => {
    expect((await readXml('<r><x:y/></r>')).children[0].namespace).toBeUndefined()
  })

  it.each([
    ['an answer cut off inside an element', '<r><a>1</a><b>', /element <b> is not closed/],
    ['an answer cut off inside a tag', '<r><a attr="1', /value of attribute attr is not closed/],
    ['a mismatched end tag', '<r><a>1</b></r>', /end tag <\/b> where <\/a> was expected/],
    ['an end tag without a start tag', '<r/></r>', /without a start tag/],
    ['text outside the root element', 'OK', /text outside the root element/],
    ['JSON', '{"error":"maintenance"}', /text outside the root element/],
    ['two root elements', '<a/><b/>', /a second root element <b>/],
    ['no element at all', '  ', /no root element/],
    ['a bare ampersand', '<r>fish & chips</r>', /an & that starts no entity/],
    ['an entity no DTD defines', '<r>&nbsp;</r>', /unknown entity &nbsp;/],
    ['a reference to a character XML forbids', '<r>&#0;</r>', /not a character XML allows/],
    ['a DOCTYPE', '<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', /DOCTYPE declarations/],
    ['an unquoted attribute', '<r a=1/>', /not quoted/],
    ['a repeated attribute', '<r a="1" a="2"/>', /attribute a is repeated/],
    ['a name that is not a name', '<1r/>', /"1r" is not an element or attribute name/],
    ['an unclosed comment', '<r><!-- never ends</r>', /comment is not closed/]
  ])('refuses %s', async (_case, xml, message) => {
    expect(await failure(xml)).toMatch(message)
  })

  it('says on which line the input goes wrong', async () => {
    expect(await failure('<r>\n<a>\n</b></r>')).toMatch(/line 3$/)
  })

  it('reads a document in slices, with a turn of the event loop between them, to the same tree', async () => {
    const xml = `<r xmlns="urn:d">${Array.from({ length: 300 }, (_, i) => `<item n="${i}">text ${i} &amp; more</item>`).join('')}</r>`
    let turns = 0
    const sliced = await readXml(xml, {
      sliceChars: 1000,
      turn: () => {
        turns++
        return eventLoopTurn()
      }
    })
    expect(sliced).toEqual(await readXml(xml))
    expect(turns).toBeGreaterThanOrEqual(Math.floor(xml.length / 1000) - 1)
    expect(sliced.children).toHaveLength(300)
    // A well-formedness error is found in whichever slice holds it.
    await expect(
      readXml(`${xml.slice(0, -4)}</x>`, { sliceChars: 1000, turn: () => Promise.resolve() })
    ).rejects.toThrow(/end tag <\/x> where <\/r> was expected/)
  })
})
