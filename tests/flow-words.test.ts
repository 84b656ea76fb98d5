import { describe, expect, it } from 'vitest'
import { en } from '../src/renderer/src/i18n/en'
import { fr } from '../src/renderer/src/i18n/fr'
import { nl } from '../src/renderer/src/i18n/nl'
import { flowIds } from '../src/shared/flows/catalogue'

const languages = { nl, en, fr }

describe('the words for every flow of the registry', () => {
  it.each(flowIds)('%s has its name, its words and its mapping note in nl, en and fr', (flow) => {
    for (const [language, messages] of Object.entries(languages)) {
      const texts = {
        name: (messages.flows.names as Record<string, string>)[flow],
        entities: (messages.flows.entities as Record<string, string>)[flow],
        note: (messages.mapping.notes as Record<string, string>)[flow]
      }
      for (const [key, text] of Object.entries(texts))
        expect(text?.trim(), `${language} ${key} of ${flow}`).toBeTruthy()
    }
  })
})
