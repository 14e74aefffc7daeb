import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Calendar, Card, Col, ConfigProvider, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Radio, Row, Space, Spin, Table, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import type { Problem } from '../../../api/problem';
import { useMayCall } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { b } from '../messages-b';
import { itemProblem, remapProblem } from '../problemPaths';
import { useConfiguration } from '../useConfiguration';
import { DEFAULT_HOURS, likelyWorking, withOverride, type CalendarOverride, type WorkingInterval } from './calendar';
import { LightPolicyCard } from './LightPolicyCard';

type Presence = components['schemas']['Presence'];

interface OverrideForm {
  date: Dayjs;
  working: boolean;
  reason: string;
}

interface HoursForm {
  workingHours: { start: Dayjs; end: Dayjs }[];
}

const DAY = 'YYYY-MM-DD';

/** 日历调整: the center's own working days and days off on top of the province's calendar. */
export default function CalendarPage() {
  const t = useT(b);
  const { message } = App.useApp();
  const { tenant, document, problem, loading, saveSection } = useConfiguration();
  const mayEdit = useMayCall('replaceConfigurationSection');
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [presence, setPresence] = useState<Presence | null>(null);
  const [presenceProblem, setPresenceProblem] = useState<Problem | null>(null);
  const [adding, setAdding] = useState(false);
  const [editingHours, setEditingHours] = useState(false);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [pageProblem, setPageProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<OverrideForm>();
  const [hoursForm] = Form.useForm<HoursForm>();
  const [countForm] = Form.useForm<{ from: Dayjs; add: number }>();
  const [counted, setCounted] = useState<string | null>(null);
  const [countProblem, setCountProblem] = useState<Problem | null>(null);

  const calendar = document?.calendar;
  const overrides = useMemo(() => calendar?.overrides ?? [], [calendar]);
  const byDate = useMemo(() => new Map(overrides.map((item) => [item.date, item])), [overrides]);
  const hours = calendar?.workingHours ?? DEFAULT_HOURS;

  useEffect(() => {
    if (!tenant) return;
    let live = true;
    setPresenceProblem(null);
    configurationApi
      .GET('/api/v1/tenants/{tenant}/presence', { params: { path: { tenant }, query: { date: day.format(DAY) } } })
      .then(({ data }) => live && setPresence(data ?? null))
      .catch((error: unknown) => {
        if (!live) return;
        setPresence(null);
        setPresenceProblem(problemOf(error));
      });
    return () => {
      live = false;
    };
  }, [tenant, day, document]);

  async function save(body: NonNullable<typeof calendar>, onError: (error: unknown) => void): Promise<boolean> {
    setSaving(true);
    setConflict(false);
    setPageProblem(null);
    try {
      await saveSection('calendar', { calendar: body });
      message.success(t('saved'));
      return true;
    } catch (error) {
      if (problemOf(error).status === 412) setConflict(true);
      else onError(error);
      return false;
    } finally {
      setSaving(false);
    }
  }

  function openAdd(date: Dayjs) {
    setFormProblem(null);
    setConflict(false);
    form.resetFields();
    const existing = byDate.get(date.format(DAY));
    form.setFieldsValue({ date, working: existing?.working ?? likelyWorking(date.format(DAY)), reason: existing?.reason ?? '' });
    setAdding(true);
  }

  async function submitOverride(values: OverrideForm) {
    const override: CalendarOverride = { date: values.date.format(DAY), working: values.working, reason: values.reason.trim() };
    const next = withOverride(overrides, override);
    const saved = await save({ ...calendar, overrides: next.overrides }, (error) =>
      setFormProblem(applyProblem(form, itemProblem(error, `calendar.overrides[${next.index}]`))),
    );
    if (saved) {
      setAdding(false);
      setDay(values.date);
      setMonth(values.date);
    }
  }

  async function remove(date: string) {
    await save({ ...calendar, overrides: overrides.filter((item) => item.date !== date) }, (error) => setPageProblem(problemOf(error)));
  }

  function openHours() {
    setFormProblem(null);
    setConflict(false);
    hoursForm.setFieldsValue({
      workingHours: hours.map((interval) => ({ start: dayjs(interval.start, 'HH:mm'), end: dayjs(interval.end, 'HH:mm') })),
    });
    setEditingHours(true);
  }

  async function submitHours(values: HoursForm) {
    const workingHours: WorkingInterval[] = values.workingHours.map((interval) => ({
      start: interval.start.format('HH:mm'),
      end: interval.end.format('HH:mm'),
    }));
    const saved = await save({ ...calendar, overrides, workingHours }, (error) =>
      setFormProblem(applyProblem(hoursForm, remapProblem(error, (field) => field.replace(/^calendar\./, '')))),
    );
    if (saved) setEditingHours(false);
  }

  async function count(values: { from: Dayjs; add: number }) {
    setCountProblem(null);
    setCounted(null);
    try {
      const { data } = await configurationApi.GET('/api/v1/tenants/{tenant}/working-days', {
        params: { path: { tenant }, query: { from: values.from.format(DAY), add: values.add } },
      });
      setCounted(data?.date ?? null);
    } catch (error) {
      setCountProblem(applyProblem(countForm, error));
    }
  }

  if (loading && !document) return <Spin />;
  const chosen = byDate.get(day.format(DAY));
  const weekday = (date: string) => dayjs(date).format('dddd');

  return (
    <>
      <Typography.Title level={2}>{t('cal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cal.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <ProblemAlert problem={pageProblem} onClose={() => setPageProblem(null)} />
      {conflict && !adding && !editingHours && <Alert type="warning" showIcon role="alert" title={t('conflict')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card title={t('cal.month')}>
            {/* Days of the neighbouring months stay readable (contrast), the header's controls labelled. */}
            <ConfigProvider theme={{ token: { colorTextDisabled: 'rgba(0, 0, 0, 0.55)' } }}>
            <Calendar
              value={day}
              headerRender={({ value, onChange }) => (
                <Space style={{ marginBottom: 8 }}>
                  <Button icon={<LeftOutlined />} aria-label={t('cal.previous')} onClick={() => onChange(value.subtract(1, 'month'))} />
                  <DatePicker
                    picker="month"
                    allowClear={false}
                    aria-label={t('cal.pickMonth')}
                    value={value}
                    onChange={(next) => next && onChange(next)}
                  />
                  <Button icon={<RightOutlined />} aria-label={t('cal.next')} onClick={() => onChange(value.add(1, 'month'))} />
                  <Button onClick={() => onChange(dayjs())}>{t('cal.today')}</Button>
                </Space>
              )}
              onPanelChange={(value) => setMonth(value)}
              onSelect={(value, info) => {
                setDay(value);
                if (info.source !== 'date') setMonth(value);
              }}
              cellRender={(date, info) => {
                if (info.type !== 'date') return info.originNode;
                const override = byDate.get(date.format(DAY));
                if (!override) return null;
                // One line, so that the cell never scrolls.
                return (
                  <div title={override.reason} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12 }}>
                    <Badge status={override.working ? 'processing' : 'error'} />
                    {override.working ? t('cal.working') : t('cal.off')}：{override.reason}
                  </div>
                );
              }}
            />
            </ConfigProvider>
            <Typography.Text type="secondary">{t('cal.monthHint', { month: month.format('YYYY-MM') })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('cal.day', { date: day.format(DAY), weekday: day.format('dddd') })} style={{ marginBottom: 16 }}>
            <ProblemAlert problem={presenceProblem} />
            {presence && (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('cal.isWorkingDay')}>
                  {presence.workingDay ? <Tag color="blue">{t('cal.workingDay')}</Tag> : <Tag color="red">{t('cal.dayOff')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('cal.present')}>
                  {presence.present.length === 0 ? '—' : presence.present.map((item) => item.name).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={t('cal.onCall')}>
                  {presence.onCall.length === 0 ? '—' : presence.onCall.map((item) => item.name).join('、')}
                </Descriptions.Item>
              </Descriptions>
            )}
            <Typography.Paragraph>
              {chosen ? t('cal.hasOverride', { kind: chosen.working ? t('cal.working') : t('cal.off'), reason: chosen.reason }) : t('cal.noOverride')}
            </Typography.Paragraph>
            {mayEdit && (
              <Button icon={<PlusOutlined />} onClick={() => openAdd(day)}>
                {chosen ? t('cal.changeDay') : t('cal.addForDay')}
              </Button>
            )}
          </Card>
          <Card title={t('cal.hours')} style={{ marginBottom: 16 }}>
            <Space wrap>
              {hours.map((interval) => (
                <Tag key={`${interval.start}-${interval.end}`}>{`${interval.start}–${interval.end}`}</Tag>
              ))}
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {calendar?.workingHours ? t('cal.hoursOwn') : t('cal.hoursDefault')}
            </Typography.Paragraph>
            {mayEdit && <Button onClick={openHours}>{t('cal.editHours')}</Button>}
          </Card>
          <LightPolicyCard
            lights={calendar?.lights}
            mayEdit={mayEdit}
            saving={saving}
            conflict={conflict}
            save={(lights, onError) => save({ ...calendar, overrides, lights }, onError)}
          />
          <Card title={t('cal.count')}>
            <Form form={countForm} layout="inline" onFinish={count} initialValues={{ from: dayjs(), add: 5 }}>
              <Form.Item name="from" label={t('cal.from')} rules={[{ required: true, message: t('required') }]}>
                <DatePicker allowClear={false} />
              </Form.Item>
              <Form.Item name="add" label={t('cal.addDays')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber min={0} max={366} precision={0} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item>
                <Button htmlType="submit">{t('cal.compute')}</Button>
              </Form.Item>
            </Form>
            <ProblemAlert problem={countProblem} />
            {counted && (
              <Typography.Paragraph style={{ marginTop: 12 }} strong>
                {t('cal.result', { date: counted, weekday: weekday(counted) })}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>

      <Card
        title={t('cal.list')}
        style={{ marginTop: 16 }}
        extra={
          mayEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openAdd(day)}>
              {t('cal.add')}
            </Button>
          )
        }
      >
        <Table<CalendarOverride>
          rowKey="date"
          size="middle"
          dataSource={overrides}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Typography.Text>{t('cal.none')}</Typography.Text> }}
          columns={[
            { title: t('cal.date'), dataIndex: 'date', key: 'date', render: (date: string) => `${date}（${weekday(date)}）` },
            {
              title: t('cal.kind'),
              key: 'working',
              render: (_, item) => (item.working ? <Tag color="blue">{t('cal.working')}</Tag> : <Tag color="red">{t('cal.off')}</Tag>),
            },
            { title: t('cal.reason'), dataIndex: 'reason', key: 'reason' },
            ...(mayEdit
              ? [
                  {
                    title: t('actions'),
                    key: 'actions',
                    render: (_: unknown, item: CalendarOverride) => (
                      <Popconfirm title={t('cal.removeConfirm', { date: item.date })} okText={t('remove')} cancelText={t('cancel')} onConfirm={() => remove(item.date)}>
                        <Button type="link" icon={<DeleteOutlined />} aria-label={t('cal.removeNamed', { date: item.date })}>
                          {t('remove')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Modal
        open={adding}
        title={t('cal.addTitle')}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        forceRender
      >
        {conflict && <Alert type="warning" showIcon role="alert" title={t('conflict')} description={t('conflictKept')} style={{ marginBottom: 16 }} />}
        <ProblemAlert problem={formProblem} />
        <Form form={form} layout="vertical" onFinish={submitOverride} onValuesChange={() => setFormProblem(null)}>
          <Form.Item name="date" label={t('cal.date')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="working" label={t('cal.kind')} rules={[{ required: true, message: t('required') }]}>
            <Radio.Group
              options={[
                { value: true, label: t('cal.makeWorking') },
                { value: false, label: t('cal.makeOff') },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('cal.reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input placeholder={t('cal.reasonHint')} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={editingHours}
        title={t('cal.editHours')}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => hoursForm.submit()}
        onCancel={() => setEditingHours(false)}
        forceRender
      >
        {conflict && <Alert type="warning" showIcon role="alert" title={t('conflict')} description={t('conflictKept')} style={{ marginBottom: 16 }} />}
        <ProblemAlert problem={editingHours ? formProblem : null} />
        <Typography.Paragraph type="secondary">{t('cal.hoursHint')}</Typography.Paragraph>
        <Form form={hoursForm} onFinish={submitHours} onValuesChange={() => setFormProblem(null)}>
          <Form.List name="workingHours">
            {(fields, { add, remove: drop }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start">
                    <Form.Item name={[field.name, 'start']} label={t('cal.startOf', { n: field.name + 1 })} rules={[{ required: true, message: t('required') }]}>
                      <TimePicker format="HH:mm" minuteStep={5} allowClear={false} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'end']} label={t('cal.endOf', { n: field.name + 1 })} rules={[{ required: true, message: t('required') }]}>
                      <TimePicker format="HH:mm" minuteStep={5} allowClear={false} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} aria-label={t('cal.removeInterval', { n: field.name + 1 })} onClick={() => drop(field.name)} disabled={fields.length <= 1} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('cal.addInterval')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
