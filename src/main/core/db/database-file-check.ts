import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { endianness } from 'node:os'

/**
 * What can be wrong with a database file before SQLite is even asked. SQLite itself would
 * silently start afresh on an empty file, silently drop a damaged or missing WAL, and answer a
 * truncated file with whatever pages are left; these checks make each of those a stop.
 */
export const databaseDamageKinds = [
  /** The file exists but holds 0 bytes (a new empty database would replace everything). */
  'empty',
  /** The first 16 bytes are not the SQLite header: another file, or overwritten. */
  'not-a-database',
  /** Shorter than its own header says, or not a whole number of pages. */
  'truncated',
  /** SQLite opened it but the quick (or full) integrity check found damage. */
  'malformed',
  /** The write-ahead log holds committed changes SQLite would drop: bad header or checksums. */
  'wal-damaged',
  /** The shared-memory index says the log held committed changes, but the log is gone. */
  'wal-missing'
] as const
export type DatabaseDamageKind = (typeof databaseDamageKinds)[number]

export interface DatabaseDamageFinding {
  kind: DatabaseDamageKind
  /** The file at fault (the database, its -wal or its -shm). */
  file: string
  /** Technical detail for the log and the CLI (SQLite's own words, byte counts). */
  detail: string
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1')
const walHeaderSize = 32
const walFrameHeaderSize = 24
const walMagicLittle = 0x377f0682
const walMagicBig = 0x377f0683
const walFormatVersion = 3007000

/** Checks the files on disk; null when there is nothing to object to (or no file yet). */
export function inspectDatabaseFiles(path: string): DatabaseDamageFinding | null {
  if (!existsSync(path)) return null
  const size = statSync(path).size
  if (size === 0) return { kind: 'empty', file: path, detail: 'the file is 0 bytes' }
  const header = readBytes(path, 0, 100)
  if (header.length < 100 || !header.subarray(0, 16).equals(sqliteHeader)) {
    return {
      kind: 'not-a-database',
      file: path,
      detail: `the first bytes are not a SQLite header (${size} bytes)`
    }
  }
  const pageSize = readPageSize(header)
  const walPath = `${path}-wal`
  const wal = inspectWal(walPath, pageSize)
  if (wal.finding) return wal.finding
  if (size % pageSize !== 0) {
    return {
      kind: 'truncated',
      file: path,
      detail: `${size} bytes is not a whole number of ${pageSize}-byte pages`
    }
  }
  // The page count in the header is trustworthy when "version-valid-for" matches the change
  // counter. A WAL with frames may hold the pages a half-finished checkpoint has not written yet.
  const pageCount = header.readUInt32BE(28)
  const headerCountValid = header.readUInt32BE(92) === header.readUInt32BE(24)
  if (headerCountValid && wal.frames === 0 && pageCount * pageSize > size) {
    return {
      kind: 'truncated',
      file: path,
      detail: `${size} bytes, but the header says ${pageCount} pages of ${pageSize} bytes (${pageCount * pageSize})`
    }
  }
  if (!existsSync(walPath)) {
    const shm = inspectShm(`${path}-shm`)
    if (shm !== null) return { ...shm, file: walPath }
  }
  return null
}

function readPageSize(header: Buffer): number {
  const raw = header.readUInt16BE(16)
  return raw === 1 ? 65536 : raw
}

function readBytes(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const read = readSync(fd, buffer, 0, length, position)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** SQLite's WAL checksum: pairs of 32-bit words, cumulative, in the byte order the magic names. */
function walChecksum(data: Buffer, bigEndian: boolean, start: [number, number]): [number, number] {
  let [s1, s2] = start
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i)
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4)
    s1 = (s1 + x0 + s2) >>> 0
    s2 = (s2 + x1 + s1) >>> 0
  }
  return [s1, s2]
}

/**
 * Walks the log the way SQLite's recovery does. Frames whose salts differ from the header's are
 * left over from before the last checkpoint (normal); a frame with the current salts but a wrong
 * checksum ends the log early, so the commits in and after it would be dropped without a word.
 */
function inspectWal(
  walPath: string,
  pageSize: number
): { frames: number; finding: DatabaseDamageFinding | null } {
  if (!existsSync(walPath)) return { frames: 0, finding: null }
  const size = statSync(walPath).size
  if (size === 0) return { frames: 0, finding: null }
  const damaged = (detail: string) => ({
    frames: 0,
    finding: { kind: 'wal-damaged' as const, file: walPath, detail }
  })
  const wal = readBytes(walPath, 0, size)
  if (size < walHeaderSize) return damaged(`the log is ${size} bytes, shorter than its header`)
  const magic = wal.readUInt32BE(0)
  if (magic !== walMagicLittle && magic !== walMagicBig) return damaged('the log header is garbage')
  const bigEndian = magic === walMagicBig
  if (wal.readUInt32BE(4) !== walFormatVersion) return damaged('unknown log format version')
  if (wal.readUInt32BE(8) !== pageSize) {
    return damaged(`the log's page size ${wal.readUInt32BE(8)} differs from the database's`)
  }
  let sum = walChecksum(wal.subarray(0, 24), bigEndian, [0, 0])
  if (sum[0] !== wal.readUInt32BE(24) || sum[1] !== wal.readUInt32BE(28)) {
    return damaged('the log header checksum is wrong')
  }
  const salt1 = wal.readUInt32BE(16)
  const salt2 = wal.readUInt32BE(20)
  const frameSize = walFrameHeaderSize + pageSize
  let frames = 0
  for (let offset = walHeaderSize; offset + frameSize <= size; offset += frameSize) {
    const frame = wal.subarray(offset, offset + frameSize)
    if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break
    sum = walChecksum(frame.subarray(0, 8), bigEndian, sum)
    sum = walChecksum(frame.subarray(walFrameHeaderSize), bigEndian, sum)
    if (sum[0] !== frame.readUInt32BE(16) || sum[1] !== frame.readUInt32BE(20)) {
      return damaged(`frame ${frames + 1} of the log has a wrong checksum`)
    }
    frames += 1
  }
  return { frames, finding: null }
}

/**
 * The -shm file is SQLite's index of the log. When it says the log held frames (mxFrame > 0)
 * and the log is gone, the changes committed since the last checkpoint were lost with it.
 */
function inspectShm(shmPath: string): Omit<DatabaseDamageFinding, 'file'> | null {
  if (!existsSync(shmPath)) return null
  const header = readBytes(shmPath, 0, 48)
  if (header.length < 48) return null
  const little = endianness() === 'LE'
  const version = little ? header.readUInt32LE(0) : header.readUInt32BE(0)
  const initialised = header[12] === 1
  const maxFrame = little ? header.readUInt32LE(16) : header.readUInt32BE(16)
  if (version !== walFormatVersion || !initialised || maxFrame === 0) return null
  return {
    kind: 'wal-missing',
    detail: `the log is missing, but ${shmPath} says it held ${maxFrame} frame(s) not yet written to the database`
  }
}
