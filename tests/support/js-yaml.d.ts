// js-yaml (electron-builder's YAML parser) ships no types; the packaging test uses only this.
declare module 'js-yaml' {
  export function load(text: string): unknown
}
