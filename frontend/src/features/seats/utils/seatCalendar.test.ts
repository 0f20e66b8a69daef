import { describe, expect, it } from 'vitest';
import {
  addMonths,
  barGeometry,
  calendarSeats,
  calendarWindow,
  coversDay,
  dayIndex,
  dayUsage,
  daysInWindow,
  isEmptyPeriod,
  monthTicks,
  usageSummary,
  usedPerDay,
} from './seatCalendar';

const WEEK = { start: '2026-11-22', end: '2026-11-28' };
const PLOT = { x: 100, width: 700 }; // 100 units per day in WEEK

describe('seat calendar: window', () => {
  it('lists every day of the window, both ends included, across a month and a year end', () => {
    expect(daysInWindow(WEEK)).toHaveLength(7);
    expect(daysInWindow({ start: '2026-12-30', end: '2027-01-02' })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(daysInWindow({ start: '2027-03-01', end: '2027-02-28' })).toEqual([]);
  });

  it('does not lose or double a day over a daylight-saving change', () => {
    const days = daysInWindow({ start: '2027-03-27', end: '2027-03-30' });
    expect(days).toEqual(['2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30']);
  });

  it('shows the term, plus three months when it renews; else, or on request, the next 90 days', () => {
    const term = { today: '2026-12-01', termStart: '2026-11-22', termEnd: '2027-11-21' };
    expect(calendarWindow({ ...term, autoRenew: false }, 'term')).toEqual({ start: '2026-11-22', end: '2027-11-21' });
    expect(calendarWindow({ ...term, autoRenew: true }, 'term')).toEqual({ start: '2026-11-22', end: '2028-02-21' });
    expect(calendarWindow({ ...term, autoRenew: true }, 'next')).toEqual({ start: '2026-12-01', end: '2027-02-28' });
    expect(daysInWindow(calendarWindow({ ...term, autoRenew: true }, 'next'))).toHaveLength(90);
    expect(calendarWindow({ today: '2026-12-01', termStart: null, termEnd: null, autoRenew: true }, 'term')).toEqual({
      start: '2026-12-01',
      end: '2027-02-28',
    });
  });

  it('adds months without running past a short month', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', 2)).toBe('2027-01-22');
  });

  it('places month labels on the firsts, and on the first day when there is room before the next', () => {
    expect(monthTicks({ start: '2026-11-22', end: '2027-01-10' })).toEqual([
      { date: '2026-11-22', index: 0 },
      { date: '2026-12-01', index: 9 },
      { date: '2027-01-01', index: 40 },
    ]);
    expect(monthTicks({ start: '2026-11-28', end: '2026-12-10' })).toEqual([{ date: '2026-12-01', index: 3 }]);
    // on a narrow scale the first label needs more days of room
    expect(monthTicks({ start: '2026-11-22', end: '2027-01-10' }, 10)[0]).toEqual({ date: '2026-12-01', index: 9 });
    expect(dayIndex(WEEK, '2026-11-28')).toBe(6);
    expect(dayIndex(WEEK, '2026-11-29')).toBeNull();
  });
});

describe('seat calendar: used seats per day', () => {
  it('counts a same-day period on exactly that day', () => {
    const seat = { validFrom: '2026-11-24', validUntil: '2026-11-24' };
    expect(usedPerDay([seat], WEEK)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(coversDay(seat, '2026-11-24')).toBe(true);
    expect(coversDay(seat, '2026-11-25')).toBe(false);
  });

  it('counts back-to-back periods as one seat, never two on the same day', () => {
    const first = { validFrom: '2026-11-22', validUntil: '2026-11-24' };
    const second = { validFrom: '2026-11-25', validUntil: '2026-11-28' };
    expect(usedPerDay([first, second], WEEK)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // with one license both fit: every day is full, none is over
    const usage = dayUsage([first, second], 1, WEEK);
    expect(usage.every((d) => d.full && d.used === 1 && d.free === 0)).toBe(true);
    // overlapping by one day would need two seats on the 24th
    expect(usedPerDay([first, { ...second, validFrom: '2026-11-24' }], WEEK)).toEqual([1, 1, 2, 1, 1, 1, 1]);
  });

  it('counts an open-ended period to the end of the window, and one started before the window from its first day', () => {
    expect(usedPerDay([{ validFrom: '2026-11-26', validUntil: null }], WEEK)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(usedPerDay([{ validFrom: '2026-01-01' }], WEEK)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(usedPerDay([{ validFrom: '2026-01-01', validUntil: '2026-11-21' }], WEEK)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(usedPerDay([{ validFrom: '2026-11-29', validUntil: null }], WEEK)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts a revoked seat up to its validUntil (the day before the revocation) and frees it from then on', () => {
    // revoked on the 25th: the server set validUntil to the 24th
    const revoked = { validFrom: '2026-11-20', validUntil: '2026-11-24', state: 'REVOKED' };
    expect(usedPerDay([revoked], WEEK)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    const usage = dayUsage([revoked, { validFrom: '2026-11-22', validUntil: null }], 2, WEEK);
    expect(usage.map((d) => d.free)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(usage.map((d) => d.full)).toEqual([true, true, true, false, false, false, false]);
  });

  it('skips a seat revoked before it started (validUntil before validFrom): it counts on no day', () => {
    const neverStarted = { validFrom: '2026-11-26', validUntil: '2026-11-23', state: 'REVOKED' };
    expect(isEmptyPeriod(neverStarted)).toBe(true);
    expect(usedPerDay([neverStarted], WEEK)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(barGeometry(neverStarted, WEEK, PLOT)).toBeNull();
    expect(calendarSeats([{ ...neverStarted, email: 'gone@example.com' }], WEEK)).toEqual([]);
  });

  it('never shows a negative number of free seats when more are used than bought, and sums up the window', () => {
    const seats = [
      { validFrom: '2026-11-22', validUntil: '2026-11-23' },
      { validFrom: '2026-11-22', validUntil: '2026-11-22' },
      { validFrom: '2026-11-22', validUntil: null },
    ];
    const usage = dayUsage(seats, 2, WEEK);
    expect(usage[0]).toEqual({ date: '2026-11-22', used: 3, free: 0, full: true });
    expect(usage[1]).toEqual({ date: '2026-11-23', used: 2, free: 0, full: true });
    expect(usage[2]).toEqual({ date: '2026-11-24', used: 1, free: 1, full: false });
    expect(usageSummary(usage)).toEqual({ peak: 3, fullDays: 2, firstFullDay: '2026-11-22' });
  });
});

describe('seat calendar: bars', () => {
  it('draws a same-day period one column wide', () => {
    expect(barGeometry({ validFrom: '2026-11-24', validUntil: '2026-11-24' }, WEEK, PLOT)).toEqual({
      x: 300,
      width: 100,
      startsBefore: false,
      endsAfter: false,
      openEnded: false,
    });
  });

  it('draws back-to-back periods edge to edge without overlapping', () => {
    const a = barGeometry({ validFrom: '2026-11-22', validUntil: '2026-11-24' }, WEEK, PLOT)!;
    const b = barGeometry({ validFrom: '2026-11-25', validUntil: '2026-11-28' }, WEEK, PLOT)!;
    expect(a.x + a.width).toBe(b.x);
    expect(b.x + b.width).toBe(PLOT.x + PLOT.width);
  });

  it('runs an open-ended period to the right edge and marks it open-ended', () => {
    expect(barGeometry({ validFrom: '2026-11-27', validUntil: null }, WEEK, PLOT)).toEqual({
      x: 600,
      width: 200,
      startsBefore: false,
      endsAfter: true,
      openEnded: true,
    });
  });

  it('clips a period that started before the window at its left edge', () => {
    expect(barGeometry({ validFrom: '2026-10-01', validUntil: '2026-11-22' }, WEEK, PLOT)).toEqual({
      x: 100,
      width: 100,
      startsBefore: true,
      endsAfter: false,
      openEnded: false,
    });
    expect(barGeometry({ validFrom: '2026-10-01', validUntil: '2026-11-21' }, WEEK, PLOT)).toBeNull();
  });

  it('gives a row to every seat with a day in the window, by start date then email', () => {
    const seats = [
      { email: 'b@example.com', validFrom: '2026-11-23', validUntil: null },
      { email: 'old@example.com', validFrom: '2026-01-01', validUntil: '2026-02-01' },
      { email: 'a@example.com', validFrom: '2026-11-23', validUntil: '2026-11-23' },
      { email: 'z@example.com', validFrom: '2026-11-01', validUntil: '2026-11-22' },
    ];
    expect(calendarSeats(seats, WEEK).map((s) => s.email)).toEqual(['z@example.com', 'a@example.com', 'b@example.com']);
  });
});
