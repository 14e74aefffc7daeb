import { Col, Row } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n';
import { provinces } from '../messages';
import { addDays, daysOfMonth, kindOf, weekdayOf, type CalendarDocument, type DayKind } from './calendarModel';

/** How each kind of day looks; every pair keeps at least 4.5:1 contrast. */
export const KIND_STYLES: Record<DayKind, { background: string; color: string; borderColor: string }> = {
  workday: { background: '#ffffff', color: 'rgba(0, 0, 0, 0.88)', borderColor: '#d9d9d9' },
  rest: { background: '#f0f0f0', color: '#434343', borderColor: '#d9d9d9' },
  holiday: { background: '#fff1f0', color: '#a8071a', borderColor: '#ffa39e' },
  makeup: { background: '#e6f4ff', color: '#003eb3', borderColor: '#91caff' },
};

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * The twelve months of a year, each day a button that switches it (click, Enter or Space). One
 * day at a time is in the tab order; the arrow keys move between days, across months too.
 */
export function YearGrid({ year, document, onToggle }: { year: number; document: CalendarDocument; onToggle: (iso: string) => void }) {
  const t = useT(provinces);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const [focused, setFocused] = useState(first);
  const moved = useRef(false);
  const grid = useRef<HTMLDivElement>(null);
  useEffect(() => setFocused(first), [first]);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const weekdays = t('weekdays').split(',');
  const weekdayNames = t('weekdayNames').split(',');
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, iso: string) => {
    const step = MOVES[event.key];
    if (step == null) return;
    event.preventDefault();
    const next = addDays(iso, step);
    if (next < first || next > last) return;
    moved.current = true;
    setFocused(next);
  };

  return (
    <div ref={grid}>
      <Row gutter={[16, 16]}>
        {Array.from({ length: 12 }, (_, m) => m + 1).map((month) => {
          const days = daysOfMonth(year, month);
          const offset = weekdayOf(days[0]!);
          const label = t('monthLabel', { year, month });
          return (
            <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
              <div role="group" aria-label={label} style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: 8 }}>
                <div style={{ fontWeight: 600, marginBottom: 4, textAlign: 'center' }} aria-hidden>
                  {label}
                </div>
                <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
                  {weekdays.map((day) => (
                    <div key={day} aria-hidden style={{ textAlign: 'center', fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
                      {day}
                    </div>
                  ))}
                  {Array.from({ length: offset }, (_, i) => (
                    <div key={`pad-${i}`} />
                  ))}
                  {days.map((iso) => {
                    const { kind, name } = kindOf(document, iso);
                    const style = KIND_STYLES[kind];
                    const vars = { date: iso, weekday: weekdayNames[weekdayOf(iso)] ?? '', kind: t(`kind.${kind}`), name: name ?? '' };
                    return (
                      <button
                        key={iso}
                        type="button"
                        data-date={iso}
                        data-kind={kind}
                        tabIndex={iso === focused ? 0 : -1}
                        aria-label={name ? t('dayLabelNamed', vars) : t('dayLabel', vars)}
                        title={name ? `${t(`kind.${kind}`)}：${name}` : t(`kind.${kind}`)}
                        onClick={() => {
                          setFocused(iso);
                          onToggle(iso);
                        }}
                        onKeyDown={(event) => onKeyDown(event, iso)}
                        style={{
                          ...style,
                          borderWidth: 1,
                          borderStyle: 'solid',
                          borderRadius: 3,
                          padding: '2px 0',
                          minHeight: 34,
                          cursor: 'pointer',
                          font: 'inherit',
                          fontSize: 13,
                          lineHeight: 1.1,
                        }}
                      >
                        {Number(iso.slice(8))}
                        <span aria-hidden style={{ display: 'block', fontSize: 10, minHeight: 11 }}>
                          {kind === 'holiday' ? t('short.holiday') : kind === 'makeup' ? t('short.makeup') : ''}
                        </span>
                      </button>
                    );
                  })}
                </div>
              </div>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}
