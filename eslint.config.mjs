// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** The process boundaries of ARCHITECTURE.md, enforced rather than remembered. */
const electronForbidden = {
  name: 'electron',
  message:
    'The core and the shared contract are plain Node: Electron code lives in src/main/electron/.'
}
const mainForbiddenPatterns = [
  {
    group: ['**/main/**', '**/main', '**/preload/**'],
    message:
      'The renderer talks to the core only through the typed contract (src/shared/contract.ts).'
  }
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: [
      'src/main/core/**/*.ts',
      'src/main/core-process/**/*.ts',
      'src/shared/**/*.ts',
      'src/main/headless/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronForbidden],
          patterns: [{ group: ['electron/*'], message: electronForbidden.message }]
        }
      ]
    }
  },
  {
    files: ['simulators/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronForbidden],
          patterns: [
            {
              group: ['**/src/main/**'],
              message:
                'Simulators are written from the reference, not from our client: sharing code would hide mistakes.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronForbidden], patterns: mainForbiddenPatterns }
      ]
    }
  }
)
