// @ts-check
import { builtinModules } from 'node:module'
import { dirname, relative, resolve } from 'node:path'

/**
 * The process boundaries of ARCHITECTURE.md as one lint rule (Signal-Desktop's idea, as import
 * checks). It resolves every module specifier a file names — static imports and exports,
 * `import()`, `require()`, `import x = require()` and the type `import('…')` — against the file's folder, so `../../index`
 * is recognised as src/main/index.ts wherever it is written, and refuses what the file's zone may
 * not reach. A computed specifier cannot be checked, so it is refused where the rule applies.
 *
 * Options: { forbid: [{ modules?: string[], folders?: string[], builtins?: true, message }],
 *            onlyAllow?: { modules: string[], folders: string[], message } }
 * `modules` are package names (a sub-path counts), `folders` repository paths (a file or folder).
 */

const builtins = new Set(builtinModules)

/** @param {string} specifier */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** @param {string} specifier */
function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtins.has(packageName(specifier))
}

/** @param {string} target @param {string[]} folders */
function within(target, folders) {
  return folders.some((folder) => target === folder || target.startsWith(`${folder}/`))
}

/** @type {import('eslint').Rule.RuleModule} */
export const processBoundaries = {
  meta: { type: 'problem', schema: false },
  create(context) {
    const [options] = context.options
    const root = context.cwd
    const here = dirname(context.filename)

    /** @param {string} specifier @returns {string | null} the message when refused */
    function refusal(specifier) {
      const local = specifier.startsWith('.')
      // Repository path without the extension, e.g. src/main/index.
      const target = local
        ? relative(root, resolve(here, specifier)).replace(/\.(m|c)?[jt]sx?$/, '')
        : null
      const reached = (
        /** @type {{ modules?: string[], folders?: string[], builtins?: boolean }} */ zone
      ) =>
        target !== null
          ? within(target, zone.folders ?? [])
          : (zone.builtins === true && isBuiltin(specifier)) ||
            (zone.modules ?? []).includes(packageName(specifier))
      for (const rule of options.forbid ?? []) if (reached(rule)) return rule.message
      if (options.onlyAllow && !reached(options.onlyAllow)) return options.onlyAllow.message
      return null
    }

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (!source) return
      if (source.type !== 'Literal' || typeof source.value !== 'string') {
        context.report({
          node: source,
          message: 'Use a literal module name here, so the process boundaries can be checked.'
        })
        return
      }
      const message = refusal(source.value)
      if (message) context.report({ node: source, message })
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(/** @type {import('estree').Node} */ (node.arguments[0]))
        }
      },
      /** @param {any} node typescript-eslint's `import x = require('…')` */
      TSExternalModuleReference: (node) => check(node.expression),
      /** @param {any} node a type written as `import('…').Name` or `typeof import('…')` */
      TSImportType(node) {
        // typescript-eslint 8 names the string `source`; older versions wrap it in `argument`.
        const source = node.source ?? node.argument
        check(source?.type === 'TSLiteralType' ? source.literal : source)
      }
    }
  }
}
