/** How a part of the bench hands a figure to bench/run.ts's table (printed at once, with the load). */
export type AddFigure = (
  part: string,
  figure: string,
  value: string,
  /** The target, in its own words ('≤ 1.2×'). */
  target?: string,
  /** Whether the target is met; null: no target. */
  met?: boolean | null
) => void
