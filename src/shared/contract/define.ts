import type { z } from 'zod'

/** One UI→core call: what it accepts and what it answers. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
  readonly summary: string
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string
): CallSpec<I, O> {
  return { input, output, summary }
}
