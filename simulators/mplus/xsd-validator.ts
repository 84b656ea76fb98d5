import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Validates messages against the XSD embedded in the WSDL with a real validator (`xmllint --schema`,
 * Debian package libxml2-utils). The schema is extracted at run time into a temp dir; the one import
 * it has (SOAP-ENC, for `SOAP-ENC:base64`) is satisfied with a two-line stand-in schema. Messages are
 * validated in batches because loading the 1.2 MB schema dominates the cost of a single run.
 */
export interface XsdValidationFailure {
  label: string
  error: string
}

const soapEncodingNamespace = 'http://schemas.xmlsoap.org/soap/encoding/'

export function extractXsd(wsdlText: string, dir: string): string {
  const start = wsdlText.indexOf('<xsd:schema')
  const end = wsdlText.indexOf('</xsd:schema>')
  if (start === -1 || end === -1) throw new Error('The WSDL has no embedded xsd:schema')
  let schema = wsdlText.slice(start, end + '</xsd:schema>'.length)
  // Namespace prefixes declared on <definitions> that the schema relies on.
  schema = schema.replace(
    '<xsd:schema ',
    `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:mplusqapi" xmlns:ns="urn:mplusqapi" xmlns:SOAP-ENC="${soapEncodingNamespace}" `
  )
  schema = schema.replace(
    `<import namespace="${soapEncodingNamespace}" />`,
    `<import namespace="${soapEncodingNamespace}" schemaLocation="soap-encoding.xsd" />`
  )
  writeFileSync(
    join(dir, 'soap-encoding.xsd'),
    `<?xml version="1.0"?>\n<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="${soapEncodingNamespace}">` +
      `<simpleType name="base64"><restriction base="base64Binary"/></simpleType></schema>\n`
  )
  const path = join(dir, 'mplusqapi.xsd')
  writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?>\n${schema}\n`)
  return path
}

export class XsdValidator {
  private readonly dir = mkdtempSync(join(tmpdir(), 'mplus-xsd-'))
  private readonly schemaPath: string
  private batch = 0

  constructor(wsdlText: string) {
    this.schemaPath = extractXsd(wsdlText, this.dir)
  }

  /** Validates every message in one xmllint run; returns the failures (empty = all valid). */
  async validate(
    messages: { label: string; xml: string }[],
    batchSize = 400
  ): Promise<XsdValidationFailure[]> {
    const failures: XsdValidationFailure[] = []
    for (let offset = 0; offset < messages.length; offset += batchSize) {
      const slice = messages.slice(offset, offset + batchSize)
      const batchDir = join(this.dir, `batch-${this.batch++}`)
      mkdirSync(batchDir)
      const files = slice.map((message, index) => {
        const file = join(batchDir, `${index}.xml`)
        writeFileSync(file, message.xml)
        return file
      })
      let stderr = ''
      try {
        await run('xmllint', ['--noout', '--schema', this.schemaPath, ...files], {
          maxBuffer: 64 * 1024 * 1024
        })
      } catch (error) {
        const failed = error as { stderr?: string; code?: number | string }
        if (failed.code === 'ENOENT')
          throw new Error('xmllint not found: install libxml2-utils', { cause: error })
        stderr = failed.stderr ?? String(error)
      }
      files.forEach((file, index) => {
        const lines = stderr
          .split('\n')
          .filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file} fails`))
        if (lines.some((line) => !line.endsWith(' validates')))
          failures.push({ label: slice[index].label, error: lines.join('\n') })
      })
      rmSync(batchDir, { recursive: true, force: true })
    }
    return failures
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
