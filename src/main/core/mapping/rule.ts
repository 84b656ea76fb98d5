import type { FieldRule, Source, Transform } from '../../../shared/contract/mapping-model'

/** Shorthands that keep the default mappings readable. */
export const path = (p: string): Source => ({ path: p })
export const constant = (value: string | number | boolean): Source => ({ constant: value })
export const concat = (parts: Source[], separator = ' '): Source => ({ concat: parts, separator })
export const firstOf = (...sources: Source[]): Source => ({ firstOf: sources })

export function rule(
  target: string,
  source: Source,
  transforms: Transform[] = [],
  options: Partial<Pick<FieldRule, 'updateOnChange' | 'required' | 'tooLong'>> = {}
): FieldRule {
  return {
    target,
    source,
    transforms,
    updateOnChange: options.updateOnChange ?? true,
    required: options.required ?? false,
    ...(options.tooLong ? { tooLong: options.tooLong } : {})
  }
}

export const trim: Transform = { kind: 'trim' }
export const toText: Transform = { kind: 'toString' }
