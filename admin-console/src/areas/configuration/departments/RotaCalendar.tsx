import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, List, Row, Space, Spin, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import type { Problem } from '../../../api/problem';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { departmentMessages, enumMessages } from '../messages-a';
import { daysOfMonth, daysPerDepartment, rotaOfMonth, weekdayOf, WEEKDAYS, type Department } from './rota';

type Presence = components['schemas']['Presence'];

const PALETTE = ['#0550ae', '#a8071a', '#237804', '#874d00', '#531dab', '#006d75', '#9e1068', '#ad2102', '#10239e', '#5b8c00'];

interface Props {
  tenant: string;
  departments: Department[];
  nameOf: (code: string) => string;
}

/**
 * The rota as a month: each day shows the rotating departments its rota puts at the center
 * (expanded from the rules in rota.ts); selecting a day asks the API who is actually there that
 * day, on the center's calendar (holidays included).
 */
export function RotaCalendar({ tenant, departments, nameOf }: Props) {
  const t = useT(departmentMessages);
  const e = useT(enumMessages);
  const { token } = theme.useToken();
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const [selected, setSelected] = useState<string | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const [presence, setPresence] = useState<Presence | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);

  const rota = useMemo(() => rotaOfMonth(departments, month.year(), month.month() + 1), [departments, month]);
  const counts = useMemo(() => daysPerDepartment(rota), [rota]);
  const weeks = useMemo(() => {
    const days: (string | null)[] = daysOfMonth(month.year(), month.month() + 1);
    const lead = WEEKDAYS.indexOf(weekdayOf(days[0]!));
    const cells = [...Array<null>(lead).fill(null), ...days];
    while (cells.length % 7 !== 0) cells.push(null);
    return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  }, [month]);
  const rotating = departments.filter((d) => d.mode === 'ROTATING');
  const colour = (code: string) => PALETTE[rotating.findIndex((d) => d.code === code) % PALETTE.length] ?? PALETTE[0];

  useEffect(() => {
    if (!selected || !tenant) return;
    let live = true;
    setLoading(true);
    setProblem(null);
    configurationApi
      .GET('/api/v1/tenants/{tenant}/presence', { params: { path: { tenant }, query: { date: selected } } })
      .then(({ data }) => live && setPresence(data ?? null))
      .catch((error: unknown) => {
        if (!live) return;
        setPresence(null);
        setProblem(problemOf(error));
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [selected, tenant]);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Typography.Paragraph type="secondary">{t('rotaIntro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          {rotating.map((d) => (
            <Tag key={d.code} color={colour(d.code)}>
              {nameOf(d.code)} · {t('daysInMonth', { n: counts.get(d.code) ?? 0 })}
            </Tag>
          ))}
        </Space>
        <Space style={{ marginBottom: 8 }}>
          <Button aria-label={t('previousMonth')} icon={<LeftOutlined />} onClick={() => setMonth(month.subtract(1, 'month'))} />
          <Typography.Title level={4} style={{ margin: 0, minWidth: 140, textAlign: 'center' }} aria-live="polite">
            {t('monthTitle', { year: month.year(), month: month.month() + 1 })}
          </Typography.Title>
          <Button aria-label={t('nextMonth')} icon={<RightOutlined />} onClick={() => setMonth(month.add(1, 'month'))} />
          <Button onClick={() => setMonth(dayjs())}>{t('thisMonth')}</Button>
        </Space>
        <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}>
          <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {t('monthTitle', { year: month.year(), month: month.month() + 1 })}
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" style={{ padding: 4, textAlign: 'left', fontWeight: 500 }}>
                  {e(`weekday.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((date, i) => {
                  if (!date) return <td key={i} style={{ border: `1px solid ${token.colorBorderSecondary}`, background: token.colorFillQuaternary }} />;
                  const codes = rota.get(date) ?? [];
                  const isSelected = selected === date;
                  const isToday = date === today;
                  return (
                    <td key={i} style={{ border: `1px solid ${token.colorBorderSecondary}`, verticalAlign: 'top', padding: 0 }}>
                      <button
                        type="button"
                        data-testid={`rota-${date}`}
                        aria-pressed={isSelected}
                        aria-label={`${date} ${codes.map((c) => nameOf(c)).join('、') || t('none')}`}
                        onClick={() => setSelected(date)}
                        style={{
                          display: 'block',
                          width: '100%',
                          minHeight: 92,
                          padding: 6,
                          border: 'none',
                          textAlign: 'left',
                          font: 'inherit',
                          cursor: 'pointer',
                          background: isSelected ? token.colorPrimaryBg : 'transparent',
                          outlineOffset: -2,
                        }}
                      >
                        <div style={{ fontWeight: isToday ? 700 : 400, color: isToday ? token.colorPrimary : token.colorText }}>
                          {Number(date.slice(8))}
                        </div>
                        {codes.slice(0, 3).map((code) => (
                          <Tag
                            key={code}
                            color={colour(code)}
                            style={{ display: 'block', marginInlineEnd: 0, marginTop: 2, overflow: 'hidden', textOverflow: 'ellipsis' }}
                          >
                            {nameOf(code)}
                          </Tag>
                        ))}
                        {codes.length > 3 && <div style={{ fontSize: 12 }}>{t('more', { n: codes.length - 3 })}</div>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Col>
      <Col xs={24} xl={7}>
        <Card
          title={selected ? t('presenceOf', { date: selected }) : t('tabRota')}
          aria-live="polite"
          data-testid="presence"
        >
          <ProblemAlert problem={problem} />
          {!selected && <Empty description={t('rotaIntro')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {loading && <Spin />}
          {selected && presence && !loading && !presence.workingDay && <Typography.Text>{t('dayOff')}</Typography.Text>}
          {selected && presence && !loading && presence.workingDay && (
            <>
              <Typography.Title level={5}>{t('present')}</Typography.Title>
              <List
                size="small"
                dataSource={presence.present}
                renderItem={(d) => (
                  <List.Item>
                    <Space wrap>
                      <span>{d.name || nameOf(d.code)}</span>
                      <Tag>{e(`mode.${d.mode}`)}</Tag>
                      {d.windows.length > 0 && <Typography.Text type="secondary">{d.windows.join('、')}</Typography.Text>}
                    </Space>
                  </List.Item>
                )}
              />
              <Typography.Title level={5}>{t('onCall')}</Typography.Title>
              <List
                size="small"
                dataSource={presence.onCall}
                renderItem={(d) => (
                  <List.Item>
                    <Space wrap>
                      <span>{d.name || nameOf(d.code)}</span>
                      <Typography.Text type="secondary">
                        {d.host ? t('hostedBy', { host: nameOf(d.host) }) : t('noHost')} · {t('whenSummoned', { minutes: d.arrivalMinutes })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
