/**
 * A strict, non-validating reader for the XML MplusKASSA answers with: elements with their names
 * resolved against the xmlns declarations in scope, and their character data. A page of 1 000
 * articles is over a megabyte of XML; a general-purpose parser spent most of a back-fill's
 * parsing time on what these answers never use (attribute values, options, a second pass to
 * resolve namespaces), so this reads them in one pass with indexOf.
 *
 * Well-formedness is checked: matching end tags, one root element, nothing but comments and
 * processing instructions around it, quoted attribute values, character references. There is no
 * DTD support at all: a DOCTYPE is refused, so only the five predefined entities exist and no
 * entity can expand (no entity bombs, no external entities).
 */

export interface XmlElement {
  /** The name as written (`prefix:local`). */
  name: string
  local: string
  /** The namespace of the prefix (or the default namespace); undefined when none is declared. */
  namespace: string | undefined
  children: XmlElement[]
  /** Character data directly inside, CDATA included, entities decoded, untrimmed. */
  text: string
}

/** The input is not well-formed XML (or declares a DTD); the message says what and on which line. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlSyntaxError'
  }
}

type Scope = ReadonlyMap<string, string>

interface OpenElement {
  element: XmlElement
  scope: Scope
}

const predefinedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

// The XML Name production for a QName, close enough to refuse anything that is not a name.
const qualifiedName = /^[\p{L}_][\p{L}\p{N}_.\-\u00B7]*(?::[\p{L}_][\p{L}\p{N}_.\-\u00B7]*)?$/u

/** Characters XML 1.0 allows; a character reference to any other is not well-formed. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd
}

/**
 * Reading a big answer in slices: after every `sliceChars` characters read, `turn` gives the event
 * loop a turn. A page of 1 000 articles read at once would hold the process for tens of
 * milliseconds, while Mailchimp's answers wait to be read and the next requests to be sent.
 */
export interface ReadSlices {
  sliceChars: number
  turn: () => Promise<void>
}

export async function readXml(xml: string, slices?: ReadSlices): Promise<XmlElement> {
  const reader = new Reader(xml)
  for (const _ of reader.steps(slices?.sliceChars ?? Number.POSITIVE_INFINITY)) await slices?.turn()
  return reader.result()
}

class Reader {
  private position = 0
  private readonly open: OpenElement[] = []
  private root: XmlElement | undefined
  /** Names seen in this document, split once: an answer repeats a few dozen names thousands of times. */
  private readonly names = new Map<string, { prefix: string; local: string }>()

  constructor(private readonly xml: string) {}

  private fail(message: string, at = this.position): never {
    let line = 1
    for (let index = this.xml.indexOf('\n'); index !== -1 && index < at;) {
      line++
      index = this.xml.indexOf('\n', index + 1)
    }
    throw new XmlSyntaxError(`${message}, line ${line}`)
  }

  /** Reads the document, pausing (a yield) each time another `sliceChars` characters are read. */
  *steps(sliceChars: number): Generator<void, void, void> {
    const { xml } = this
    let sliceEnd = sliceChars
    while (this.position < xml.length) {
      const tag = xml.indexOf('<', this.position)
      const textEnd = tag === -1 ? xml.length : tag
      if (textEnd > this.position) this.text(this.position, textEnd)
      if (tag === -1) break
      this.position = tag
      this.markup()
      if (this.position >= sliceEnd) {
        yield
        sliceEnd = this.position + sliceChars
      }
    }
  }

  /** The root element, once steps has read the whole document. */
  result(): XmlElement {
    const unclosed = this.open.at(-1)
    if (unclosed) this.fail(`element <${unclosed.element.name}> is not closed (the answer ends)`)
    if (!this.root) this.fail('no root element')
    return this.root
  }

  private text(start: number, end: number): void {
    const parent = this.open.at(-1)
    if (!parent) {
      for (let index = start; index < end; index++)
        if (!isSpace(this.xml.charCodeAt(index))) this.fail('text outside the root element', index)
      return
    }
    const raw = this.xml.slice(start, end)
    parent.element.text += raw.includes('&') ? this.decode(raw, start) : raw
  }

  private decode(raw: string, offset: number): string {
    let decoded = ''
    let last = 0
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', last)) {
      const semicolon = raw.indexOf(';', amp + 1)
      if (semicolon === -1 || semicolon - amp > 10)
        this.fail('an & that starts no entity or character reference', offset + amp)
      const reference = raw.slice(amp + 1, semicolon)
      decoded += raw.slice(last, amp) + this.resolve(reference, offset + amp)
      last = semicolon + 1
    }
    return decoded + raw.slice(last)
  }

  private resolve(reference: string, at: number): string {
    const named = predefinedEntities[reference]
    if (named !== undefined) return named
    const code = /^#x[0-9a-fA-F]+$/.test(reference)
      ? parseInt(reference.slice(2), 16)
      : /^#[0-9]+$/.test(reference)
        ? parseInt(reference.slice(1), 10)
        : undefined
    if (code === undefined) this.fail(`unknown entity &${reference}; (no DTD is read)`, at)
    if (!isXmlCharacter(code))
      this.fail(`character reference &${reference}; is not a character XML allows`, at)
    return String.fromCodePoint(code)
  }

  private markup(): void {
    const { xml, position } = this
    const next = xml.charCodeAt(position + 1)
    if (next === 0x2f /* / */) return this.endTag()
    if (next === 0x3f /* ? */) return this.skipPast('?>', 'processing instruction')
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', position)) return this.skipPast('-->', 'comment')
      if (xml.startsWith('<![CDATA[', position)) {
        const end = xml.indexOf(']]>', position + 9)
        if (end === -1) this.fail('CDATA section is not closed')
        const parent = this.open.at(-1)
        if (!parent) this.fail('CDATA outside the root element')
        parent.element.text += xml.slice(position + 9, end)
        this.position = end + 3
        return
      }
      if (/^<!DOCTYPE/i.test(xml.slice(position, position + 9)))
        this.fail('DOCTYPE declarations are not accepted')
      this.fail('unknown markup declaration')
    }
    this.startTag()
  }

  private skipPast(terminator: string, what: string): void {
    const end = this.xml.indexOf(terminator, this.position + 2)
    if (end === -1) this.fail(`${what} is not closed`)
    this.position = end + terminator.length
  }

  private nameEnd(from: number): number {
    const { xml } = this
    let index = from
    for (; index < xml.length; index++) {
      const code = xml.charCodeAt(index)
      if (isSpace(code) || code === 0x3e /* > */ || code === 0x2f /* / */ || code === 0x3d /* = */)
        break
    }
    return index
  }

  private split(name: string, at: number): { prefix: string; local: string } {
    let parts = this.names.get(name)
    if (parts) return parts
    if (!qualifiedName.test(name)) this.fail(`"${name}" is not an element or attribute name`, at)
    const colon = name.indexOf(':')
    parts =
      colon === -1
        ? { prefix: '', local: name }
        : { prefix: name.slice(0, colon), local: name.slice(colon + 1) }
    this.names.set(name, parts)
    return parts
  }

  private startTag(): void {
    const { xml } = this
    const nameStart = this.position + 1
    let index = this.nameEnd(nameStart)
    const name = xml.slice(nameStart, index)
    const parts = this.split(name, nameStart)
    const parent = this.open.at(-1)
    if (!parent && this.root) this.fail(`a second root element <${name}>`, this.position)
    let scope: Scope = parent?.scope ?? new Map<string, string>()
    let declared: Map<string, string> | undefined
    let attributes: string[] | undefined
    let selfClosing = false
    for (;;) {
      while (index < xml.length && isSpace(xml.charCodeAt(index))) index++
      if (index >= xml.length) this.fail(`start tag <${name}> is not closed`, nameStart)
      const code = xml.charCodeAt(index)
      if (code === 0x3e /* > */) {
        index++
        break
      }
      if (code === 0x2f /* / */) {
        if (xml.charCodeAt(index + 1) !== 0x3e) this.fail(`"/" inside start tag <${name}>`, index)
        selfClosing = true
        index += 2
        break
      }
      const attributeEnd = this.nameEnd(index)
      const attribute = xml.slice(index, attributeEnd)
      if (attribute === '') this.fail(`unexpected "${xml[index]}" in start tag <${name}>`, index)
      this.split(attribute, index)
      if (attributes?.includes(attribute))
        this.fail(`attribute ${attribute} is repeated in <${name}>`, index)
      ;(attributes ??= []).push(attribute)
      index = attributeEnd
      while (index < xml.length && isSpace(xml.charCodeAt(index))) index++
      if (xml.charCodeAt(index) !== 0x3d /* = */)
        this.fail(`attribute ${attribute} of <${name}> has no value`, index)
      index++
      while (index < xml.length && isSpace(xml.charCodeAt(index))) index++
      const quote = xml[index]
      if (quote !== '"' && quote !== "'")
        this.fail(`the value of attribute ${attribute} is not quoted`, index)
      const valueEnd = xml.indexOf(quote, index + 1)
      if (valueEnd === -1) this.fail(`the value of attribute ${attribute} is not closed`, index)
      const raw = xml.slice(index + 1, valueEnd)
      if (raw.includes('<')) this.fail(`"<" in the value of attribute ${attribute}`, index)
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
        declared ??= new Map(scope)
        declared.set(attribute === 'xmlns' ? '' : attribute.slice(6), this.decodeValue(raw, index))
      } else this.decodeValue(raw, index)
      index = valueEnd + 1
    }
    if (declared) scope = declared
    const element: XmlElement = {
      name,
      local: parts.local,
      // xmlns="" undeclares the default namespace.
      namespace: scope.get(parts.prefix) || undefined,
      children: [],
      text: ''
    }
    if (parent) parent.element.children.push(element)
    else this.root = element
    if (!selfClosing) this.open.push({ element, scope })
    this.position = index
  }

  /** An attribute value opening at `quoteAt`, decoded (and so checked) even when unused. */
  private decodeValue(raw: string, quoteAt: number): string {
    return raw.includes('&') ? this.decode(raw, quoteAt + 1) : raw
  }

  private endTag(): void {
    const { xml } = this
    const nameStart = this.position + 2
    let index = this.nameEnd(nameStart)
    const name = xml.slice(nameStart, index)
    while (index < xml.length && isSpace(xml.charCodeAt(index))) index++
    if (xml.charCodeAt(index) !== 0x3e) this.fail(`end tag </${name}> is not closed`, nameStart)
    const current = this.open.pop()
    if (!current) this.fail(`end tag </${name}> without a start tag`, nameStart)
    if (current.element.name !== name)
      this.fail(`end tag </${name}> where </${current.element.name}> was expected`, nameStart)
    this.position = index + 1
  }
}
