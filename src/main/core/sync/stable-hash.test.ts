import { describe, expect, it } from 'vitest'
import { payloadHash, stableStringify } from './stable-hash'

describe('stable payload hash', () => {
  it('ignores key order at every level but not array order or values', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}'
    )
    expect(payloadHash({ a: 1, b: 2 })).toBe(payloadHash({ b: 2, a: 1 }))
    expect(payloadHash({ a: [1, 2] })).not.toBe(payloadHash({ a: [2, 1] }))
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: '1' }))
    expect(payloadHash({ a: 1, b: undefined })).toBe(payloadHash({ a: 1 }))
    expect(payloadHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/)
  })
})
