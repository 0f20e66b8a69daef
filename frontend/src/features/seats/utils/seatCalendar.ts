/*
 * The seat calendar's arithmetic, kept apart from React so that its edges can be tested on their own: which days
 * a window holds, how many seats are used on each of them, and where each seat's bar goes.
 *
 * All dates are ISO calendar dates ("2026-11-22") in the company's time zone, as the API sends them; they are
 * turned into day numbers (days since 1970-01-01, UTC) so that no browser time zone or daylight-saving change can
 * shift a day. Periods are inclusive on both ends; a missing `validUntil` is open-ended.
 */

const DAY_MS = 86_400_000;

/** How many months after the term's end the calendar also shows when the subscription renews automatically. */
export const RENEWAL_PREVIEW_MONTHS = 3;
/** The length of the "next days" window. */
export const NEXT_DAYS = 90;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** The same day `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(y, m - 1 + months, Math.min(d, lastOfTarget)) / DAY_MS);
}

/** The days the calendar shows, both ends inclusive. */
export interface CalendarWindow {
  start: string;
  end: string;
}

/** "term": the current term (and a look past its end when it renews); "next": the next {@link NEXT_DAYS} days. */
export type WindowChoice = 'term' | 'next';

export interface TermInfo {
  today: string;
  termStart?: string | null;
  termEnd?: string | null;
  autoRenew: boolean;
}

/** Whether the subscription has a term to show (else only the next days can be shown). */
export function hasTerm(term: TermInfo): boolean {
  return !!term.termStart && !!term.termEnd && dayNumber(term.termEnd) >= dayNumber(term.termStart);
}

export function calendarWindow(term: TermInfo, choice: WindowChoice): CalendarWindow {
  if (choice === 'next' || !hasTerm(term)) {
    return { start: term.today, end: addDays(term.today, NEXT_DAYS - 1) };
  }
  const end = term.autoRenew ? addMonths(term.termEnd!, RENEWAL_PREVIEW_MONTHS) : term.termEnd!;
  return { start: term.termStart!, end };
}

/** How many days the window holds (0 for a window that ends before it starts). */
export function windowLength(window: CalendarWindow): number {
  return Math.max(0, dayNumber(window.end) - dayNumber(window.start) + 1);
}

/** Every day of the window, in order. */
export function daysInWindow(window: CalendarWindow): string[] {
  const start = dayNumber(window.start);
  return Array.from({ length: windowLength(window) }, (_, i) => isoDate(start + i));
}

/** The position of a day in the window, or null when the window does not hold it. */
export function dayIndex(window: CalendarWindow, iso: string): number | null {
  const index = dayNumber(iso) - dayNumber(window.start);
  return index >= 0 && index < windowLength(window) ? index : null;
}

/** What the calendar needs of a seat. */
export interface Period {
  validFrom: string;
  validUntil?: string | null;
}

/**
 * A period without a single day: `validUntil` before `validFrom`. The server writes that when it revokes a seat
 * that had not started yet (the seat then ends "yesterday"), so such a seat never counted and is not drawn.
 */
export function isEmptyPeriod(period: Period): boolean {
  return period.validUntil != null && dayNumber(period.validUntil) < dayNumber(period.validFrom);
}

/** Whether the seat counts on the day (inclusive ends; open-ended runs on for ever). */
export function coversDay(period: Period, iso: string): boolean {
  const day = dayNumber(iso);
  return day >= dayNumber(period.validFrom) && (period.validUntil == null || day <= dayNumber(period.validUntil));
}

/** The part of a period inside the window as day indexes, or null when they do not meet. */
function clip(period: Period, window: CalendarWindow): { first: number; last: number } | null {
  const length = windowLength(window);
  if (length === 0 || isEmptyPeriod(period)) return null;
  const start = dayNumber(window.start);
  const from = dayNumber(period.validFrom) - start;
  const until = period.validUntil == null ? Number.POSITIVE_INFINITY : dayNumber(period.validUntil) - start;
  if (from > length - 1 || until < 0) return null;
  return { first: Math.max(from, 0), last: Math.min(until, length - 1) };
}

/**
 * How many seats are used on each day of the window. Every seat counts from its `validFrom` to its `validUntil`
 * inclusive, whatever its state: an ended seat counted on its days, and a revoked one counts up to the
 * `validUntil` the server set on revocation (the day before it). One pass over the seats and one over the days.
 */
export function usedPerDay(seats: readonly Period[], window: CalendarWindow): number[] {
  const length = windowLength(window);
  const changes = new Array<number>(length + 1).fill(0);
  for (const seat of seats) {
    const span = clip(seat, window);
    if (!span) continue;
    changes[span.first]! += 1;
    changes[span.last + 1]! -= 1;
  }
  const used: number[] = [];
  let running = 0;
  for (let i = 0; i < length; i++) {
    running += changes[i]!;
    used.push(running);
  }
  return used;
}

export interface DayUsage {
  date: string;
  used: number;
  /** Never below zero, even when more seats are used than bought (a quantity reduced below use). */
  free: number;
  /** No free seat that day. */
  full: boolean;
}

export function dayUsage(seats: readonly Period[], quantity: number, window: CalendarWindow): DayUsage[] {
  const used = usedPerDay(seats, window);
  return daysInWindow(window).map((date, i) => {
    const u = used[i]!;
    return { date, used: u, free: Math.max(0, quantity - u), full: u >= quantity };
  });
}

export interface UsageSummary {
  /** The most seats used on one day. */
  peak: number;
  /** Days without a free seat. */
  fullDays: number;
  firstFullDay: string | null;
}

export function usageSummary(usage: readonly DayUsage[]): UsageSummary {
  let peak = 0;
  let fullDays = 0;
  let firstFullDay: string | null = null;
  for (const day of usage) {
    peak = Math.max(peak, day.used);
    if (day.full) {
      fullDays++;
      firstFullDay ??= day.date;
    }
  }
  return { peak, fullDays, firstFullDay };
}

/** Where the plot area of the calendar lies, in SVG user units. */
export interface PlotArea {
  x: number;
  width: number;
}

/** The horizontal position of one day's column. */
export function dayColumn(index: number, days: number, plot: PlotArea): { x: number; width: number } {
  const width = days > 0 ? plot.width / days : 0;
  return { x: plot.x + index * width, width };
}

export interface BarGeometry {
  x: number;
  width: number;
  /** The period began before the window. */
  startsBefore: boolean;
  /** The period goes on after the window (open-ended ones always do). */
  endsAfter: boolean;
  openEnded: boolean;
}

/**
 * The horizontal bar of a seat's period: from the left edge of its first day to the right edge of its last day
 * inside the window (a one-day period is one column wide). Null when the period has no day in the window.
 */
export function barGeometry(period: Period, window: CalendarWindow, plot: PlotArea): BarGeometry | null {
  const span = clip(period, window);
  if (!span) return null;
  const days = windowLength(window);
  const first = dayColumn(span.first, days, plot);
  const last = dayColumn(span.last, days, plot);
  const start = dayNumber(window.start);
  return {
    x: first.x,
    width: last.x + last.width - first.x,
    startsBefore: dayNumber(period.validFrom) < start,
    endsAfter: period.validUntil == null || dayNumber(period.validUntil) > dayNumber(window.end),
    openEnded: period.validUntil == null,
  };
}

/**
 * The seats that get a row: those with at least one day in the window, by start date then email. A seat revoked
 * before it started has no day at all and gets none.
 */
export function calendarSeats<T extends Period & { email: string }>(seats: readonly T[], window: CalendarWindow): T[] {
  return seats
    .filter((seat) => clip(seat, window) !== null)
    .sort((a, b) => dayNumber(a.validFrom) - dayNumber(b.validFrom) || a.email.localeCompare(b.email));
}

export interface MonthTick {
  date: string;
  index: number;
}

/**
 * Where month labels go: the first of every month in the window, and the window's first day when it is not a
 * first but leaves room (`minDays`, a week by default) before the next label.
 */
export function monthTicks(window: CalendarWindow, minDays = 7): MonthTick[] {
  const days = daysInWindow(window);
  const ticks: MonthTick[] = [];
  days.forEach((date, index) => {
    if (date.endsWith('-01')) ticks.push({ date, index });
  });
  if (days.length > 0 && !days[0]!.endsWith('-01') && (ticks[0]?.index ?? days.length) >= minDays) {
    ticks.unshift({ date: days[0]!, index: 0 });
  }
  return ticks;
}
