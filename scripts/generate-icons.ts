// Draws Kassabrug's icons (resources/*.png) from code, so they can be regenerated and reviewed:
// the app icon (a bridge arc over a till-blue tile) and one tray icon per state.
//   npx tsx scripts/generate-icons.ts
import { writeFileSync } from 'node:fs'
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

const blue: Rgba = [11, 92, 173, 255]
const icons: Array<[string, number, Painter]> = [
  ['resources/icon.png', 512, roundedTile(blue, 0.18)],
  ['resources/tray-idle.png', 32, trayDisc(blue)],
  ['resources/tray-syncing.png', 32, trayDisc([217, 140, 0, 255])],
  ['resources/tray-error.png', 32, trayDisc([198, 40, 40, 255])],
  // Bundled by Vite from the <link rel="icon"> in src/renderer/index.html.
  ['src/renderer/src/assets/favicon.png', 64, roundedTile(blue, 0.18)]
]
for (const [path, size, paint] of icons) {
  writeFileSync(resolve(__dirname, '..', path), encodePng(size, paint))
  process.stdout.write(`wrote ${path} (${size}×${size})\n`)
}
