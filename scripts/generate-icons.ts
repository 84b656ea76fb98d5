// Draws Kassabrug's icons from code, so they can be regenerated and reviewed: the app icon (a
// bridge arc over a till-blue tile) for every platform (PNG sizes for Linux, .ico for Windows,
// .icns for macOS) and one tray icon per state (coloured discs; black template images for macOS).
//   npx tsx scripts/generate-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

type Rgba = readonly [number, number, number, number]
/** Returns the colour of pixel (x, y) in a size×size image, with coordinates in 0..1. */
type Painter = (x: number, y: number) => Rgba

const transparent: Rgba = [0, 0, 0, 0]
const white: Rgba = [255, 255, 255, 255]

function encodePng(size: number, paint: Painter): Buffer {
  const samples = 4 // anti-aliasing: 4×4 sub-pixels per pixel
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)
          // Premultiplied, so transparent sub-pixels do not darken the edges.
          for (let c = 0; c < 3; c++) sum[c] += (colour[c] * colour[3]) / 255
          sum[3] += colour[3]
        }
      }
      const n = samples * samples
      const alpha = sum[3] / n
      const offset = y * (size * 4 + 1) + 1 + x * 4
      for (let c = 0; c < 3; c++)
        rows[offset + c] = alpha ? Math.round(((sum[c] / n) * 255) / alpha) : 0
      rows[offset + 3] = Math.round(alpha)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** The bridge: a deck carried by an arch with three posts, white on the background colour. */
function isBridge(x: number, y: number): boolean {
  const onDeck = y > 0.34 && y < 0.42 && x > 0.12 && x < 0.88
  const ring = Math.hypot(x - 0.5, y - 0.95)
  const onArch = ring > 0.38 && ring < 0.46 && y > 0.42 && y < 0.8
  const archTop = 0.95 - Math.sqrt(Math.max(0.42 ** 2 - (x - 0.5) ** 2, 0))
  const onPost = y >= 0.42 && y < archTop && [0.3, 0.7].some((post) => Math.abs(x - post) < 0.03)
  return onDeck || onArch || onPost
}

function roundedTile(background: Rgba, radius: number): Painter {
  return (x, y) => {
    const dx = Math.max(radius - x, 0, x - (1 - radius))
    const dy = Math.max(radius - y, 0, y - (1 - radius))
    if (Math.hypot(dx, dy) > radius) return transparent
    return isBridge(x, y) ? white : background
  }
}

function trayDisc(background: Rgba): Painter {
  return (x, y) => {
    if (Math.hypot(x - 0.5, y - 0.5) > 0.48) return transparent
    return isBridge(x, y) ? white : background
  }
}

/** macOS menu-bar icons are black shapes on transparent; the state is a mark bottom-right. */
function trayTemplate(state: TrayState): Painter {
  const black: Rgba = [0, 0, 0, 255]
  return (x, y) => {
    const mark = Math.hypot(x - 0.8, y - 0.8) < 0.2
    if (state === 'error' && mark) return black
    if (state === 'syncing' && mark && Math.hypot(x - 0.8, y - 0.8) > 0.1) return black
    if (
      state === 'paused' &&
      x > 0.62 &&
      x < 0.98 &&
      y > 0.62 &&
      y < 0.98 &&
      Math.abs(x - 0.8) > 0.05
    )
      return black
    if (state !== 'idle' && Math.hypot(x - 0.8, y - 0.8) < 0.27) return transparent
    return isBridge(x, y) ? black : transparent
  }
}

/** An .ico whose images are PNGs (Windows Vista and later read them). */
function encodeIco(images: Array<[number, Buffer]>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(([size, png], index) => {
    const entry = 6 + 16 * index
    header[entry] = size >= 256 ? 0 : size
    header[entry + 1] = size >= 256 ? 0 : size
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(([, png]) => png)])
}

/** An .icns of PNG entries (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024). */
function encodeIcns(images: Array<[string, Buffer]>): Buffer {
  const entries = images.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4)
  return Buffer.concat([head, ...entries])
}

type TrayState = 'idle' | 'syncing' | 'error' | 'paused'
const blue: Rgba = [11, 92, 173, 255]
const trayColours: Record<TrayState, Rgba> = {
  idle: blue,
  syncing: [217, 140, 0, 255],
  error: [198, 40, 40, 255],
  paused: [110, 110, 110, 255]
}
const appIcon = roundedTile(blue, 0.18)
const png = (size: number, paint: Painter): Buffer => encodePng(size, paint)
const files: Array<[string, () => Buffer]> = [
  ['resources/icon.png', () => png(512, appIcon)],
  // Linux (AppImage, deb): one PNG per size in a folder, named NxN.png.
  ...[16, 32, 48, 64, 128, 256, 512].map((size): [string, () => Buffer] => [
    `resources/icons/${size}x${size}.png`,
    () => png(size, appIcon)
  ]),
  [
    'resources/icon.ico',
    () => encodeIco([16, 24, 32, 48, 64, 256].map((size) => [size, png(size, appIcon)]))
  ],
  [
    'resources/icon.icns',
    () =>
      encodeIcns(
        (
          [
            ['icp4', 16],
            ['icp5', 32],
            ['icp6', 64],
            ['ic07', 128],
            ['ic08', 256],
            ['ic09', 512],
            ['ic10', 1024]
          ] as const
        ).map(([type, size]) => [type, png(size, appIcon)])
      )
  ],
  // Tray (src/main/electron/tray.ts picks the file per state and platform); @2x for HiDPI screens.
  ...(Object.keys(trayColours) as TrayState[]).flatMap((state): Array<[string, () => Buffer]> => [
    [`resources/tray-${state}.png`, () => png(32, trayDisc(trayColours[state]))],
    [`resources/tray-${state}@2x.png`, () => png(64, trayDisc(trayColours[state]))],
    [`resources/tray-${state}Template.png`, () => png(16, trayTemplate(state))],
    [`resources/tray-${state}Template@2x.png`, () => png(32, trayTemplate(state))]
  ]),
  // Bundled by Vite from the <link rel="icon"> in src/renderer/index.html.
  ['src/renderer/src/assets/favicon.png', () => png(64, appIcon)]
]
mkdirSync(resolve(__dirname, '..', 'resources', 'icons'), { recursive: true })
for (const [path, make] of files) {
  const data = make()
  writeFileSync(resolve(__dirname, '..', path), data)
  process.stdout.write(`wrote ${path} (${data.length} bytes)\n`)
}
