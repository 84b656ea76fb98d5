import { describe, expect, it } from 'vitest'
import { emptyCounts, parseCoreEvent } from './contract'

const finished = {
  id: 7,
  flow: 'customers',
  trigger: 'manual',
  status: 'succeeded',
  startedAt: 1,
  finishedAt: 2,
  counts: { ...emptyCounts(), created: 1 },
  error: null,
  warned: 0,
  problems: []
}

describe('events checked on receipt', () => {
  it('passes an event whose payload matches its schema', () => {
    expect(parseCoreEvent({ name: 'run.finished', payload: finished })).toEqual({
      name: 'run.finished',
      payload: finished
    })
  })

  it('drops unknown names, broken payloads and non-objects', () => {
    for (const raw of [
      { name: 'run.finished', payload: { ...finished, status: 'exploded' } },
      { name: 'run.finished', payload: { ...finished, counts: undefined } },
      { name: 'toString', payload: {} },
      { name: 'fs.readFile', payload: {} },
      { payload: finished },
      'run.finished',
      null
    ]) {
      expect(parseCoreEvent(raw), JSON.stringify(raw)).toBeNull()
    }
  })
})
