import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Form, Modal, Popconfirm, Row, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Problem } from '../../../api/problem';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { departmentMessages, enumMessages } from '../messages-a';
import { useConfiguration } from '../useConfiguration';
import { DepartmentForm } from './DepartmentForm';
import { RotaCalendar } from './RotaCalendar';
import { cleanDepartment, hostingPairs, type Department } from './rota';
import { useCatalogDepartments } from './useCatalogDepartments';
import { tone, type Tone } from './tone';

const MODE_COLOURS: Record<Department['mode'], Tone> = { RESIDENT: 'green', ROTATING: 'blue', ON_CALL: 'orange' };

/** 入驻部门与排班: the stationed departments, their rota as a calendar, and who hosts whom. */
export default function DepartmentsPage() {
  const t = useT(departmentMessages);
  const e = useT(enumMessages);
  const c = useT(common);
  const { message } = App.useApp();
  const { tenant, document, loading, problem: loadProblem, saveSection } = useConfiguration();
  const { catalog, nameOf: catalogName } = useCatalogDepartments();
  const [form] = Form.useForm();
  const [editing, setEditing] = useState<number | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [pageProblem, setPageProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const departments = useMemo(() => document?.departments ?? [], [document]);
  const nameOf = (code: string) => catalogName(code, departments);
  const windowsOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const area of document?.areas ?? []) {
      for (const w of area.windows) for (const d of w.departments) map.set(d, [...(map.get(d) ?? []), w.number]);
    }
    return map;
  }, [document]);
  const residents = departments.filter((d) => d.mode === 'RESIDENT').map((d) => ({ value: d.code, label: nameOf(d.code) }));
  const hosting = hostingPairs(departments);

  const save = async (list: Department[]) => {
    const saved = await saveSection('departments', { departments: list.map(cleanDepartment) });
    void message.success(t('saved', { version: saved.version ?? '' }));
  };

  const open = (index: number) => {
    const values: Department[] = [];
    values[index] = departments[index] ?? { code: '', mode: 'RESIDENT', rota: [], duties: { accepts: [], joint: [], supervisionTriggers: [] } };
    form.resetFields();
    form.setFieldsValue({ departments: values });
    setFormProblem(null);
    setEditing(index);
  };

  const submit = async () => {
    if (editing == null) return;
    await form.validateFields();
    const edited = form.getFieldValue(['departments', editing]) as Department;
    const list = departments.slice();
    list[editing] = edited;
    setSaving(true);
    try {
      await save(list);
      setEditing(null);
    } catch (error) {
      setFormProblem(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (index: number) => {
    setPageProblem(null);
    try {
      await save(departments.filter((_, i) => i !== index));
    } catch (error) {
      setPageProblem(problemOf(error));
    }
  };

  const schedule = (d: Department) => {
    if (d.mode === 'RESIDENT') return t('everyWorkingDay');
    if (d.mode === 'ON_CALL') return t('whenSummoned', { minutes: d.whistle?.arrivalMinutes ?? 30 });
    return (d.rota ?? [])
      .map((r) => {
        const days = r.days.map((day) => e(`weekday.${day}`)).join('、');
        const range = r.from || r.until ? ` (${r.from ?? ''}~${r.until ?? ''})` : '';
        return `${e(`weeks.${r.weeks}`)} ${days}${range}`;
      })
      .join('；');
  };

  if (loading && !document) return <Spin />;

  const count = (mode: Department['mode']) => departments.filter((d) => d.mode === mode).length;

  const list = (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open(departments.length)}>
          {t('add')}
        </Button>
        <Tag style={tone('green')}>{t('residentCount', { n: count('RESIDENT') })}</Tag>
        <Tag style={tone('blue')}>{t('rotatingCount', { n: count('ROTATING') })}</Tag>
        <Tag style={tone('orange')}>{t('onCallCount', { n: count('ON_CALL') })}</Tag>
      </Space>
      <Table<Department & { index: number }>
        rowKey="code"
        size="middle"
        pagination={false}
        dataSource={departments.map((d, index) => ({ ...d, index }))}
        columns={[
          {
            title: t('code'),
            key: 'name',
            render: (_, d) => (
              <Space orientation="vertical" size={0}>
                <span>{nameOf(d.code)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.code}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('mode'),
            key: 'mode',
            filters: (['RESIDENT', 'ROTATING', 'ON_CALL'] as const).map((m) => ({ text: e(`mode.${m}`), value: m })),
            onFilter: (value, d) => d.mode === value,
            render: (_, d) => <Tag style={tone(MODE_COLOURS[d.mode])}>{e(`mode.${d.mode}`)}</Tag>,
          },
          { title: t('rota'), key: 'schedule', render: (_, d) => schedule(d) },
          {
            title: t('host'),
            key: 'host',
            render: (_, d) =>
              d.mode === 'ON_CALL'
                ? d.host
                  ? nameOf(d.host)
                  : <span style={{ color: '#873800' }}>{t('noHost')}</span>
                : (hosting.hosts.find((h) => h.host === d.code)?.guests.length ?? 0) > 0
                  ? t('hosts', { n: hosting.hosts.find((h) => h.host === d.code)!.guests.length })
                  : '',
          },
          { title: t('windows'), key: 'windows', render: (_, d) => (windowsOf.get(d.code) ?? []).join('、') || '—' },
          {
            title: '',
            key: 'actions',
            render: (_, d) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} aria-label={`${t('edit')} ${nameOf(d.code)}`} onClick={() => open(d.index)}>
                  {t('edit')}
                </Button>
                <Popconfirm title={t('removeConfirm', { name: nameOf(d.code) })} onConfirm={() => remove(d.index)}>
                  <Button size="small" icon={<DeleteOutlined />} aria-label={`${t('remove')} ${nameOf(d.code)}`}>
                    {t('remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );

  const hostingView = (
    <>
      <Typography.Paragraph type="secondary">{t('hostingIntro')}</Typography.Paragraph>
      {hosting.hosts.length === 0 && hosting.unhosted.length === 0 && <Empty />}
      <Row gutter={[16, 16]}>
        {hosting.hosts.map(({ host, guests }) => (
          <Col key={host} xs={24} md={12} xl={8}>
            <Card size="small" title={<span>{nameOf(host)} <Tag style={tone('green')}>{e('mode.RESIDENT')}</Tag></span>}>
              <Typography.Text type="secondary">{t('hosts', { n: guests.length })}</Typography.Text>
              <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
                {guests.map((guest) => {
                  const d = departments.find((x) => x.code === guest);
                  return (
                    <li key={guest}>
                      {nameOf(guest)}
                      <Typography.Text type="secondary"> · {t('whenSummoned', { minutes: d?.whistle?.arrivalMinutes ?? 30 })}</Typography.Text>
                    </li>
                  );
                })}
              </ul>
            </Card>
          </Col>
        ))}
        {hosting.unhosted.length > 0 && (
          <Col xs={24} md={12} xl={8}>
            <Card size="small" title={t('unhosted')}>
              <Space wrap>
                {hosting.unhosted.map((code) => (
                  <Button key={code} size="small" onClick={() => open(departments.findIndex((d) => d.code === code))}>
                    {nameOf(code)}
                  </Button>
                ))}
              </Space>
            </Card>
          </Col>
        )}
      </Row>
    </>
  );

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <ProblemAlert problem={loadProblem} />
      <ProblemAlert problem={pageProblem} onClose={() => setPageProblem(null)} />
      <Tabs
        items={[
          { key: 'list', label: t('tabList'), children: list },
          { key: 'rota', label: t('tabRota'), children: <RotaCalendar tenant={tenant} departments={departments} nameOf={nameOf} /> },
          { key: 'hosting', label: t('tabHosting'), children: hostingView },
        ]}
      />
      <Modal
        open={editing != null}
        title={editing != null && editing < departments.length ? t('editTitle') : t('addTitle')}
        width={720}
        okText={c('save')}
        confirmLoading={saving}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <ProblemAlert problem={formProblem} onClose={() => setFormProblem(null)} />
        {editing != null && (
          <Form form={form} layout="vertical" preserve>
            <DepartmentForm form={form} index={editing} catalog={catalog} residents={residents} />
          </Form>
        )}
      </Modal>
    </>
  );
}
