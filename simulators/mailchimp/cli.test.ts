import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** `npm run sim:mailchimp` runs this file with tsx; here it is started the same way. */
describe('sim:mailchimp command', () => {
  it('prints a base URL and an API key that work, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(__dirname, 'cli.ts'),
        '--port',
        '0',
        '--members',
        '5',
        '--products',
        '1',
        '--orders',
        '1'
      ],
      { cwd: resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    try {
      let output = ''
      await new Promise<void>((done, fail) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          if (output.includes('API key')) done()
        })
        child.once('exit', (code) => fail(new Error(`exited early with ${code}: ${output}`)))
      })
      const baseUrl = /base URL : (\S+)/.exec(output)?.[1] ?? ''
      const apiKey = /API key {2}: (\S+)/.exec(output)?.[1] ?? ''
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/3\.0$/)
      expect(apiKey).toMatch(/^[0-9a-f]{32}-us21$/)
      const ping = await fetch(`${baseUrl}/ping`, {
        headers: { authorization: `Basic ${Buffer.from(`cli:${apiKey}`).toString('base64')}` }
      })
      expect(await ping.json()).toEqual({ health_status: "Everything's Chimpy!" })
    } finally {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
  })
})
