import { LeftOutlined, RightOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Input, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import { ProblemError, type Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useLoad } from '../api';
import { formatTime, ToneTag } from '../labels';
import { provinces } from '../messages';
import {
  addHoliday,
  countDays,
  holidayLength,
  renameHoliday,
  sameCalendar,
  toggleDay,
  type CalendarDocument,
  type DayKind,
} from './calendarModel';
import { KIND_STYLES, YearGrid } from './YearGrid';

type ProvinceCalendar = components['schemas']['ProvinceCalendar'];

/** The ETag of a year nobody has saved: version 0, as the official calendar's. */
const NEVER_SAVED = '"0"';
const EMPTY: CalendarDocument = { holidays: [], makeUpWorkdays: [] };

interface Loaded {
  calendar: ProvinceCalendar | null;
  etag: string;
}

async function readCalendar(province: string, year: number): Promise<Loaded> {
  try {
    const { data, response } = await configurationApi.GET('/api/v1/provinces/{province}/calendars/{year}', {
      params: { path: { province, year } },
    });
    return { calendar: data ?? null, etag: response.headers.get('ETag') ?? NEVER_SAVED };
  } catch (error) {
    // Neither the province nor the platform has the year yet: the operator starts from weekends.
    if (error instanceof ProblemError && error.problem.status === 404) return { calendar: null, etag: NEVER_SAVED };
    throw error;
  }
}

/** The field errors of a problem by field path (`holidays[2].name`), for the entries they name. */
function errorsByField(problem: Problem | null): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const error of problem?.errors ?? []) errors.set(error.field, [...(errors.get(error.field) ?? []), error.message]);
  return errors;
}

function errorsUnder(errors: Map<string, string[]>, prefix: string): string[] {
  return [...errors].filter(([field]) => field === prefix || field.startsWith(`${prefix}.`)).flatMap(([, messages]) => messages);
}

/**
 * 工作日历: the province's working calendar of a year (next year by default) as twelve month
 * grids; each day switches between workday, holiday and make-up workday; Save sends the year
 * with the ETag read, and a calendar changed meanwhile (412) is read again.
 */
export default function ProvinceCalendarPage() {
  const t = useT(provinces);
  const { message } = App.useApp();
  const claims = useClaims();
  const province = claims?.province ?? '';
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear + 1;
  const setYear = (next: number) => setParams({ year: String(next) });
  const load = useCallback(() => readCalendar(province, year), [province, year]);
  const loaded = useLoad<Loaded | null>(province ? load : null, null);
  // The operator's edits, for the calendar as it was read; a calendar read anew discards them.
  const [edits, setEdits] = useState<{ of: Loaded; document: CalendarDocument } | null>(null);
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const mayPut = mayCall(claims, 'putProvinceCalendar');

  const original = useMemo<CalendarDocument>(
    () => (loaded.value?.calendar ? { holidays: loaded.value.calendar.holidays, makeUpWorkdays: loaded.value.calendar.makeUpWorkdays } : EMPTY),
    [loaded.value],
  );
  const document = edits && edits.of === loaded.value ? edits.document : original;
  const dirty = !sameCalendar(document, original);
  const counts = useMemo(() => countDays(document, year), [document, year]);
  const fieldErrors = useMemo(() => errorsByField(problem), [problem]);
  const unplaced = problem && {
    ...problem,
    errors: problem.errors?.filter((e) => !/^(holidays|makeUpWorkdays)\[\d+\]/.test(e.field)),
  };

  const edit = (next: CalendarDocument) => {
    if (loaded.value) setEdits({ of: loaded.value, document: next });
    // Field errors name entries of the document sent; after an edit they may name others.
    setProblem((current) => (current?.errors?.length ? null : current));
  };
  const save = async () => {
    if (!loaded.value) return;
    setSaving(true);
    setProblem(null);
    try {
      const { data, response } = await configurationApi.PUT('/api/v1/provinces/{province}/calendars/{year}', {
        params: { path: { province, year }, header: { 'If-Match': loaded.value.etag } },
        body: { holidays: document.holidays, makeUpWorkdays: document.makeUpWorkdays },
      });
      loaded.setValue({ calendar: data ?? null, etag: response.headers.get('ETag') ?? loaded.value.etag });
      message.success(t('calendarSaved', { year }));
    } catch (error) {
      setProblem(problemOf(error));
      // Someone saved the year meanwhile: read it again (the problem stays on screen).
      if (error instanceof ProblemError && [412, 428].includes(error.problem.status)) loaded.reload();
    } finally {
      setSaving(false);
    }
  };

  const calendar = loaded.value?.calendar;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 1 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <Typography.Title level={2}>{t('calendarTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('calendarIntro')}</Typography.Paragraph>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Space wrap>
          <Button icon={<LeftOutlined />} aria-label={t('previousYear')} onClick={() => setYear(year - 1)} disabled={year <= 2000} />
          <Select<number>
            aria-label={t('year')}
            value={year}
            style={{ width: 110 }}
            onChange={setYear}
            options={years.sort().map((y) => ({ value: y, label: String(y) }))}
          />
          <Button icon={<RightOutlined />} aria-label={t('nextYear')} onClick={() => setYear(year + 1)} disabled={year >= 2100} />
          {loaded.value && (
            <Space size={4} wrap data-testid="calendar-source">
              <ToneTag tone={calendar?.source === 'PROVINCE' ? 'green' : calendar ? 'blue' : 'orange'}>
                {calendar ? t(`source.${calendar.source}`) : t('source.NONE', { year })}
              </ToneTag>
              {calendar && calendar.version > 0 && <Typography.Text type="secondary">{t('calendarVersion', { version: calendar.version })}</Typography.Text>}
              {calendar?.savedBy && (
                <Typography.Text type="secondary">{t('savedByAt', { who: calendar.savedBy, at: formatTime(calendar.savedAt) })}</Typography.Text>
              )}
            </Space>
          )}
        </Space>
        {mayPut && (
          <Space>
            {dirty && <Typography.Text type="warning" style={{ color: '#ad4e00' }}>{t('unsaved')}</Typography.Text>}
            <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => edit(original)}>
              {t('discard')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || !loaded.value} loading={saving} onClick={save}>
              {t('saveCalendar')}
            </Button>
          </Space>
        )}
      </Space>
      <ProblemAlert problem={loaded.problem} />
      <ProblemAlert problem={unplaced} onClose={() => setProblem(null)} />
      {!loaded.value ? (
        loaded.problem ? null : <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={18}>
            <Card
              title={
                <Space wrap size="middle">
                  <span>{year}</span>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} aria-live="polite">
                    {t('summary', counts)}
                  </Typography.Text>
                </Space>
              }
              extra={<Legend />}
            >
              <YearGrid year={year} document={document} onToggle={(iso) => mayPut && edit(toggleDay(document, iso, newName.trim() || t('newHolidayDefault')))} />
            </Card>
          </Col>
          <Col xs={24} xxl={6}>
            <Card title={t('holidaysList')} size="small">
              {mayPut && (
                <AddHoliday
                  year={year}
                  name={newName}
                  onName={setNewName}
                  onAdd={(from, to) => edit(addHoliday(document, newName.trim() || t('newHolidayDefault'), from, to))}
                />
              )}
              {document.holidays.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noneYet')} />}
              <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="holidays">
                {document.holidays.map((holiday, index) => {
                  const errors = errorsUnder(fieldErrors, `holidays[${index}]`);
                  const id = `holiday-${index}-error`;
                  return (
                    <li key={`${holiday.from}`} style={{ marginBottom: 8 }}>
                      <Input
                        size="small"
                        value={holiday.name}
                        status={errors.length ? 'error' : undefined}
                        aria-label={t('holidayNameOf', { from: holiday.from })}
                        aria-invalid={errors.length > 0}
                        aria-describedby={errors.length ? id : undefined}
                        maxLength={200}
                        readOnly={!mayPut}
                        onChange={(event) => edit(renameHoliday(document, index, event.target.value))}
                      />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('holidayRange', { from: holiday.from, to: holiday.to, days: holidayLength(holiday) })}
                      </Typography.Text>
                      {errors.length > 0 && (
                        <Typography.Text type="danger" id={id} role="alert" style={{ display: 'block', fontSize: 12 }}>
                          {errors.join('；')}
                        </Typography.Text>
                      )}
                    </li>
                  );
                })}
              </ol>
              <Typography.Title level={5} style={{ marginTop: 12 }}>
                {t('makeUpList')}
              </Typography.Title>
              {document.makeUpWorkdays.length === 0 ? (
                <Typography.Text type="secondary">{t('noneYet')}</Typography.Text>
              ) : (
                <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="make-up-workdays">
                  {document.makeUpWorkdays.map((day, index) => {
                    const errors = errorsUnder(fieldErrors, `makeUpWorkdays[${index}]`);
                    return (
                      <li key={day}>
                        <ToneTag tone={errors.length ? 'red' : 'blue'}>{day}</ToneTag>
                        {errors.length > 0 && (
                          <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                            {errors.join('；')}
                          </Typography.Text>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

/** A holiday entered as a range, as the State Council's notice gives it. */
function AddHoliday(props: { year: number; name: string; onName: (name: string) => void; onAdd: (from: string, to: string) => void }) {
  const { year, name, onName, onAdd } = props;
  const t = useT(provinces);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const inYear = (day: string) => day.startsWith(`${year}-`);
    if (!inYear(from) || !inYear(to) || to < from) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onAdd(from, to);
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor="new-holiday-name" style={{ display: 'block', marginBottom: 4 }}>
        {t('newHolidayName')}
      </label>
      <Input id="new-holiday-name" value={name} placeholder={t('newHolidayDefault')} maxLength={200} onChange={(e) => onName(e.target.value)} />
      <Space wrap style={{ marginTop: 8 }} align="end">
        <span>
          <label htmlFor="new-holiday-from" style={{ display: 'block' }}>
            {t('holidayFrom')}
          </label>
          <Input id="new-holiday-from" type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={from} onChange={(e) => setFrom(e.target.value)} />
        </span>
        <span>
          <label htmlFor="new-holiday-to" style={{ display: 'block' }}>
            {t('holidayTo')}
          </label>
          <Input id="new-holiday-to" type="date" min={from || `${year}-01-01`} max={`${year}-12-31`} value={to} onChange={(e) => setTo(e.target.value)} />
        </span>
        <Button onClick={add}>{t('addHoliday')}</Button>
      </Space>
      {invalid && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
          {t('rangeInvalid', { year })}
        </Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4, marginBottom: 0 }}>
        {t('addHolidayHint')}
      </Typography.Paragraph>
    </div>
  );
}

function Legend() {
  const t = useT(provinces);
  const kinds: DayKind[] = ['workday', 'rest', 'holiday', 'makeup'];
  return (
    <Space size="small" wrap aria-label={t('legend')} role="group">
      {kinds.map((kind) => (
        <span key={kind} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: 12 }}>
          <span aria-hidden style={{ width: 14, height: 14, border: `1px solid ${KIND_STYLES[kind].borderColor}`, background: KIND_STYLES[kind].background, display: 'inline-block' }} />
          {t(`kind.${kind}`)}
        </span>
      ))}
    </Space>
  );
}
