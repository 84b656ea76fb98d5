#!/usr/bin/env node
// The `kassabrug` command. The TypeScript sources are bundled by electron-vite into out/main/cli.js;
// this launcher only finds that bundle and says what to do when it has not been built yet.
'use strict'
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS launcher: it must run before anything is built */
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const bundle = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(bundle)) {
  process.stderr.write(
    `kassabrug: ${bundle} does not exist yet - run npm run build first (it runs electron-vite build).\n`
  )
  process.exit(1)
}
require(bundle)
