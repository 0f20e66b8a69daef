import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '@/components/ScrollBox';
import { formatDate } from '@/lib/format';
import type { Seat, SeatOverview } from '../api/types';
import {
  barGeometry,
  calendarSeats,
  calendarWindow,
  dayColumn,
  dayIndex,
  dayUsage,
  hasTerm,
  monthTicks,
  usageSummary,
  windowLength,
  addDays,
  type MonthTick,
  type WindowChoice,
} from '../utils/seatCalendar';

// Layout in SVG user units; the drawing scales to the width of the card.
const WIDTH = 1000;
const LABEL_WIDTH = 210;
const ARROW = 10;
const PLOT = { x: LABEL_WIDTH, width: WIDTH - LABEL_WIDTH - ARROW - 4 };
const MONTH_Y = 14;
const FULL_MARK_Y = 21;
const STRIP_TOP = 28;
const STRIP_HEIGHT = 64;
const ROWS_TOP = STRIP_TOP + STRIP_HEIGHT + 14;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const MAX_LABEL = 30;
/** Room a month label with its year needs. */
const MONTH_LABEL_WIDTH = 60;

function shortEmail(email: string): string {
  return email.length > MAX_LABEL ? `${email.slice(0, MAX_LABEL - 1)}…` : email;
}

/** Roughly how wide a label of the axis font is, so that a label never runs into the next one. */
const LABEL_CHAR_PX = 6.5;

/** Every tick keeps its grid line; a label is left out where the previous one has not ended yet. */
function labelledTicks(ticks: MonthTick[], days: number, language: string) {
  let freeFrom = -Infinity;
  return ticks.map((tick, n) => {
    const x = dayColumn(tick.index, days, PLOT).x;
    const text = monthLabel(tick.date, language, n === 0 || tick.date.slice(5, 7) === '01');
    const fits = x + 3 >= freeFrom;
    if (fits) {
      freeFrom = x + 3 + text.length * LABEL_CHAR_PX + 4;
    }
    return { tick, x, label: fits ? text : null };
  });
}

function monthLabel(iso: string, language: string, withYear: boolean): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * A picture of the seats over time: for each day of the window a column with the used seats (blue, red when no
 * seat is left) over the free ones, and below it one row per person with their period as a bar. Open-ended bars
 * run to the right edge with an arrow; invited ones are hatched, ended and revoked ones grey. Hovering a day names
 * it with its usage. The SVG is an image with a title and a description; the seats table remains the accessible
 * source of the same facts.
 */
export function SeatCalendar({ overview: o }: { overview: SeatOverview }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `seat-calendar-title-${uid}`;
  const descId = `seat-calendar-desc-${uid}`;
  const hatchId = `seat-calendar-hatch-${uid}`;
  const selectId = `seat-calendar-window-${uid}`;
  const termShown = hasTerm(o);
  const [choice, setChoice] = useState<WindowChoice>(termShown ? 'term' : 'next');
  const [hovered, setHovered] = useState<number | null>(null);

  const range = useMemo(() => calendarWindow(o, choice), [o, choice]);
  const usage = useMemo(() => dayUsage(o.seats, o.quantity, range), [o.seats, o.quantity, range]);
  const rows = useMemo(() => calendarSeats<Seat>(o.seats, range), [o.seats, range]);
  // a label for the first (partial) month only where it does not run into the next month's label
  const ticks = useMemo(
    () => monthTicks(range, Math.ceil(MONTH_LABEL_WIDTH / (PLOT.width / Math.max(windowLength(range), 1)))),
    [range],
  );
  const summary = useMemo(() => usageSummary(usage), [usage]);

  const days = windowLength(range);
  const scale = Math.max(o.quantity, 1);
  const todayIndex = dayIndex(range, o.today);
  const renewalIndex = choice === 'term' && o.autoRenew && o.termEnd ? dayIndex(range, addDays(o.termEnd, 1)) : null;
  const rowsHeight = Math.max(rows.length, 1) * ROW_HEIGHT;
  const markerLabelY = ROWS_TOP + rowsHeight + 14;
  const height = markerLabelY + 6;
  const centre = (index: number) => {
    const column = dayColumn(index, days, PLOT);
    return column.x + column.width / 2;
  };

  const describeDay = (index: number) => {
    const day = usage[index]!;
    const values = { date: formatDate(day.date, lng), used: day.used, quantity: o.quantity, free: day.free };
    return day.full ? t('seats.calendar.dayFull', values) : t('seats.calendar.day', values);
  };
  const periodText = (seat: Seat) =>
    seat.validUntil
      ? t('seats.period.range', { from: formatDate(seat.validFrom, lng), until: formatDate(seat.validUntil, lng) })
      : t('seats.period.openEnded', { from: formatDate(seat.validFrom, lng) });
  const readoutIndex = hovered ?? todayIndex;

  return (
    <section aria-labelledby="seat-calendar-heading" className="card seat-calendar" data-testid="seat-calendar">
      <div className="seat-calendar__header">
        <h2 id="seat-calendar-heading">{t('seats.calendar.heading')}</h2>
        <div className="seat-calendar__window">
          <label htmlFor={selectId}>{t('seats.calendar.window')}</label>
          <select
            id={selectId}
            value={choice}
            onChange={(e) => {
              setChoice(e.target.value as WindowChoice);
              setHovered(null);
            }}
            data-testid="seat-calendar-window"
          >
            {termShown && (
              <option value="term">{o.autoRenew ? t('seats.calendar.termAndRenewal') : t('seats.calendar.term')}</option>
            )}
            <option value="next">{t('seats.calendar.next')}</option>
          </select>
        </div>
      </div>
      <p className="muted seat-calendar__range">
        {t('seats.period.range', { from: formatDate(range.start, lng), until: formatDate(range.end, lng) })}
        {' · '}
        {summary.fullDays > 0
          ? t('seats.calendar.fullSummary', { days: summary.fullDays, date: formatDate(summary.firstFullDay, lng) })
          : t('seats.calendar.noFullDays')}
      </p>
      <p className="seat-calendar__readout" aria-live="polite" data-testid="seat-calendar-readout">
        {readoutIndex !== null ? describeDay(readoutIndex) : '\u00a0'}
      </p>
      <ScrollBox label={t('seats.calendar.heading')} className="seat-calendar__scroll">
        <svg
          className="seat-calendar__svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          onMouseMove={(e) => {
            // also over a bar or a label: the day is the pointer's column
            const box = e.currentTarget.getBoundingClientRect();
            if (box.width === 0) return;
            const x = ((e.clientX - box.left) * WIDTH) / box.width;
            const index = Math.floor(((x - PLOT.x) / PLOT.width) * days);
            setHovered(index >= 0 && index < days ? index : null);
          }}
          onMouseLeave={() => setHovered(null)}
          data-testid="seat-calendar-svg"
        >
          <title id={titleId}>{t('seats.calendar.title', { product: o.productName, number: o.subscriptionNumber })}</title>
          <desc id={descId}>
            {t('seats.calendar.desc', {
              from: formatDate(range.start, lng),
              until: formatDate(range.end, lng),
              quantity: o.quantity,
              peak: summary.peak,
              days: summary.fullDays,
              seats: rows.length,
            })}
          </desc>
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="seat-bar__hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="seat-bar__hatch-line" strokeWidth="3" />
            </pattern>
          </defs>

          {/* rows' background stripes, under everything that reacts to the pointer */}
          {rows.map((seat, r) =>
            r % 2 === 1 ? (
              <rect
                key={`stripe-${seat.id}`}
                className="seat-calendar__stripe"
                x={0}
                y={ROWS_TOP + r * ROW_HEIGHT}
                width={WIDTH}
                height={ROW_HEIGHT}
              />
            ) : null,
          )}

          {/* one column per day: the whole height reacts to the pointer, the strip shows used over free */}
          {usage.map((day, i) => {
            const column = dayColumn(i, days, PLOT);
            const usedHeight = (Math.min(day.used, scale) / scale) * STRIP_HEIGHT;
            const freeHeight = STRIP_HEIGHT - usedHeight;
            return (
              <g
                key={day.date}
                data-testid="seat-calendar-day"
                data-date={day.date}
                data-used={day.used}
                data-free={day.free}
                data-full={day.full}
                shapeRendering="crispEdges"
                onMouseEnter={() => setHovered(i)}
              >
                <title>{describeDay(i)}</title>
                <rect
                  className={`seat-calendar__hit${hovered === i ? ' seat-calendar__hit--on' : ''}`}
                  x={column.x}
                  y={0}
                  width={column.width}
                  height={markerLabelY - 10}
                />
                {freeHeight > 0 && (
                  <rect className="seat-calendar__free" x={column.x} y={STRIP_TOP} width={column.width} height={freeHeight} />
                )}
                {usedHeight > 0 && (
                  <rect
                    className={day.full ? 'seat-calendar__used seat-calendar__used--full' : 'seat-calendar__used'}
                    x={column.x}
                    y={STRIP_TOP + freeHeight}
                    width={column.width}
                    height={usedHeight}
                  />
                )}
                {day.full && (
                  <rect className="seat-calendar__full-mark" x={column.x} y={FULL_MARK_Y} width={column.width} height={4} />
                )}
              </g>
            );
          })}

          {/* months */}
          <g className="seat-calendar__axis" aria-hidden="true">
            {labelledTicks(ticks, days, lng).map(({ tick, x, label }) => (
              <g key={tick.date}>
                <line className="seat-calendar__grid" x1={x} x2={x} y1={MONTH_Y + 3} y2={ROWS_TOP + rowsHeight} />
                {label && (
                  <text x={x + 3} y={MONTH_Y}>
                    {label}
                  </text>
                )}
              </g>
            ))}
            <text x={PLOT.x - 6} y={STRIP_TOP + 9} textAnchor="end">
              {o.quantity}
            </text>
            <text x={PLOT.x - 6} y={STRIP_TOP + STRIP_HEIGHT} textAnchor="end">
              0
            </text>
            <text x={4} y={STRIP_TOP + STRIP_HEIGHT / 2 + 4} className="seat-calendar__strip-label">
              {t('seats.calendar.stripLabel')}
            </text>
          </g>

          {/* one row per person */}
          {rows.map((seat, r) => {
            const bar = barGeometry(seat, range, PLOT)!;
            const y = ROWS_TOP + r * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            const state = seat.state.toLowerCase();
            const label = seat.name ? `${seat.name} <${seat.email}>` : seat.email;
            return (
              <g
                key={seat.id}
                data-testid="seat-calendar-bar"
                data-email={seat.email}
                data-state={seat.state}
                data-valid-from={seat.validFrom}
                data-valid-until={seat.validUntil ?? ''}
              >
                <title>{`${label}: ${periodText(seat)} (${t(`seatStates.${seat.state}`)})`}</title>
                <text className="seat-calendar__label" x={4} y={y + BAR_HEIGHT - 3}>
                  {shortEmail(seat.email)}
                </text>
                <rect
                  className={`seat-bar seat-bar--${state}`}
                  x={bar.x}
                  y={y}
                  width={Math.max(bar.width, 1)}
                  height={BAR_HEIGHT}
                  rx={bar.width > 6 ? 3 : 0}
                  fill={seat.state === 'INVITED' ? `url(#${hatchId})` : undefined}
                />
                {bar.endsAfter && (
                  <polygon
                    className={`seat-bar__arrow seat-bar--${state}`}
                    points={`${bar.x + bar.width},${y - 2} ${bar.x + bar.width + ARROW},${y + BAR_HEIGHT / 2} ${bar.x + bar.width},${y + BAR_HEIGHT + 2}`}
                  />
                )}
              </g>
            );
          })}
          {rows.length === 0 && (
            <text className="seat-calendar__label muted" x={PLOT.x + 6} y={ROWS_TOP + 15}>
              {t('seats.calendar.noSeats')}
            </text>
          )}

          {/* markers on top, not catching the pointer */}
          {renewalIndex !== null && (
            <g className="seat-calendar__marker seat-calendar__marker--renewal" data-testid="seat-calendar-renewal">
              <line
                x1={dayColumn(renewalIndex, days, PLOT).x}
                x2={dayColumn(renewalIndex, days, PLOT).x}
                y1={FULL_MARK_Y - 2}
                y2={ROWS_TOP + rowsHeight}
              />
              <text x={dayColumn(renewalIndex, days, PLOT).x} y={markerLabelY} textAnchor="middle">
                {t('seats.calendar.renewal')}
              </text>
            </g>
          )}
          {todayIndex !== null && (
            <g className="seat-calendar__marker seat-calendar__marker--today" data-testid="seat-calendar-today">
              <line x1={centre(todayIndex)} x2={centre(todayIndex)} y1={FULL_MARK_Y - 2} y2={ROWS_TOP + rowsHeight} />
              <text x={centre(todayIndex)} y={markerLabelY} textAnchor="middle">
                {t('seats.calendar.today')}
              </text>
            </g>
          )}
        </svg>
      </ScrollBox>
      <ul className="seat-calendar__legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--used" /> {t('seats.calendar.legendUsed')}
        </li>
        <li>
          <span className="swatch swatch--free" /> {t('seats.calendar.legendFree')}
        </li>
        <li>
          <span className="swatch swatch--full" /> {t('seats.calendar.legendFull')}
        </li>
        <li>
          <span className="swatch swatch--invited" /> {t('seats.calendar.legendInvited')}
        </li>
        <li>
          <span className="swatch swatch--ended" /> {t('seats.calendar.legendEnded')}
        </li>
        <li>
          <span className="swatch swatch--open">▶</span> {t('seats.calendar.legendOpen')}
        </li>
      </ul>
    </section>
  );
}
