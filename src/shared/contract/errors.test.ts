import { describe, expect, it } from 'vitest'
import { issuesFromZod } from './errors'
import { MplusDraft } from './connections'
import { SettingsPatch } from './settings'

function refusal(input: unknown) {
  const parsed = SettingsPatch.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  return issuesFromZod(parsed.error)
}

describe('a refused input, field by field, as codes the renderer words', () => {
  it('names the field and the limit, the format or the unknown field', () => {
    expect(refusal({ logRetentionDays: 0 })).toEqual([
      expect.objectContaining({
        path: 'logRetentionDays',
        code: 'too-small',
        params: { minimum: 1 }
      })
    ])
    expect(refusal({ maxRecordAttempts: 101 })).toEqual([
      expect.objectContaining({ code: 'too-big', params: { maximum: 100 } })
    ])
    expect(refusal({ mailchimp: { baseUrl: 'not a url' } })).toEqual([
      expect.objectContaining({
        path: 'mailchimp.baseUrl',
        code: 'invalid-format',
        params: { format: 'url' }
      })
    ])
    expect(refusal({ language: 'de' })).toEqual([
      expect.objectContaining({
        path: 'language',
        code: 'not-allowed',
        params: { values: ['nl', 'en', 'fr'] }
      })
    ])
    expect(refusal({ colour: 'red' })).toEqual([
      expect.objectContaining({ code: 'unknown-field', params: { keys: ['colour'] } })
    ])
    expect(refusal({ storePayloads: 'yes' })).toEqual([
      expect.objectContaining({ code: 'wrong-type', params: { expected: 'boolean' } })
    ])
  })

  it('a field left out is required', () => {
    const parsed = MplusDraft.safeParse({ port: 1, useTls: false, certificateSha256: null })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(issuesFromZod(parsed.error).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'host', code: 'required' },
      { path: 'ident', code: 'required' }
    ])
  })
})
