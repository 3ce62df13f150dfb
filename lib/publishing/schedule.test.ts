import { describe, expect, it } from 'vitest';
import { scheduledTime } from './schedule.mjs';

describe('scheduledTime', () => {
  it.each([
    ['2026-12-08T06:00+03:00', Date.UTC(2026, 11, 8, 3, 0)],
    ['2026-12-08T03:00Z', Date.UTC(2026, 11, 8, 3, 0)],
    ['2026-12-08T03:00:30.5Z', Date.UTC(2026, 11, 8, 3, 0, 30, 500)],
  ])('reads %s as one moment', (text, time) => expect(scheduledTime(text)).toBe(time));

  it.each(['2026-12-08T06:00', '2026-12-08', 'tomorrow 06:00', '2026-13-08T06:00Z', ''])(
    'refuses %j: without its offset a time means another moment on each server',
    (text) => expect(scheduledTime(text)).toBeNull(),
  );
});
