/**
 * Resolves after the event loop has had a turn (after the I/O that is ready): work that can wait
 * a moment goes behind the answers that have come in and the requests they let go out.
 */
export function eventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
