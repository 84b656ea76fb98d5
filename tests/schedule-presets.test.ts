import { describe, expect, it } from 'vitest'
import { firstDueTime, scheduleProblem } from '../src/main/core/sync/schedule-times'
import { dailyAt, readSchedule, schedulePresets } from '../src/shared/schedule-presets'

describe('schedules in words', () => {
  it('every preset is a schedule the engine accepts and comes round', () => {
    const now = new Date(2026, 0, 15, 10, 0).getTime()
    for (const [preset, expression] of Object.entries(schedulePresets)) {
      expect(scheduleProblem(expression)).toBeNull()
      expect(readSchedule(expression).preset).toBe(preset)
      expect(firstDueTime(expression, now)).toBeGreaterThan(now)
    }
  })

  it('reads a daily time back and writes it, local time', () => {
    expect(dailyAt('07:30')).toBe('30 7 * * *')
    expect(readSchedule('30 7 * * *')).toEqual({ preset: 'daily', time: '07:30' })
    const due = firstDueTime(dailyAt('07:30'), new Date(2026, 0, 15, 10, 0).getTime())
    expect(due).toBe(new Date(2026, 0, 16, 7, 30).getTime())
  })

  it('anything else is a custom schedule', () => {
    expect(readSchedule('0 9-17 * * 1-5').preset).toBe('custom')
    expect(readSchedule('75 7 * * *').preset).toBe('custom')
  })
})
