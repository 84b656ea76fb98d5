/**
 * The V8 flags the core's process starts with: Electron's utility process, and the bench's sync
 * process, which measures them.
 *
 * A heap limit far above what the core holds, for V8's sake: under a large limit (the default is
 * a few GB) V8 lets the old space grow to four times what survived its last full collection
 * before it collects again, so a back-fill's short-lived garbage — each till page's XML and
 * parsed articles, a batch's bodies, which live long enough to leave the young generation —
 * piled up to 230 MB of heap over the 25 MB the core held. Under 512 MB V8 grows the old space by
 * a smaller factor and collects sooner, at no measurable CPU cost (docs/benchmarks.md, issue
 * #14). During a back-fill the core holds about 25 MB at any catalogue size (measured after
 * forced collections), so the limit leaves room twenty times over. Set at start only: V8 sizes
 * its heap when the process starts, so `v8.setFlagsFromString` later has no effect.
 */
export const coreV8Flags: readonly string[] = ['--max-old-space-size=512']

/**
 * The same flags for Electron's utilityProcess.fork: Electron hands `execArgv` to the utility
 * process as command-line switches and gives V8 the `--js-flags` one before it creates the heap
 * (a Node-style `--max-old-space-size` there would reach V8 only after the heap exists).
 */
export const utilityProcessExecArgv: readonly string[] = [`--js-flags=${coreV8Flags.join(' ')}`]
