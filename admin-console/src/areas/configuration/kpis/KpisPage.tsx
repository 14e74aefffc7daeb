import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Space, Spin, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { configurationApi } from '../../../api/client';
import type { Problem } from '../../../api/problem';
import { useMayCall } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useLocale, useT } from '../../../i18n';
import { b } from '../messages-b';
import { remapProblem } from '../problemPaths';
import { useConfiguration } from '../useConfiguration';
import { kpiRows, selectionsOf, warningOnBadSide, type KpiMetric, type KpiRow } from './kpis';

interface KpiForm {
  rows: KpiRow[];
}

/** 考核指标: which of the platform's KPIs the center is assessed on, and its targets per period. */
export default function KpisPage() {
  const t = useT(b);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { document, problem, loading, saveSection } = useConfiguration();
  const mayEdit = useMayCall('replaceConfigurationSection');
  const [catalog, setCatalog] = useState<KpiMetric[] | null>(null);
  const [catalogProblem, setCatalogProblem] = useState<Problem | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [form] = Form.useForm<KpiForm>();
  const rows = Form.useWatch('rows', form) as KpiRow[] | undefined;

  useEffect(() => {
    configurationApi
      .GET('/api/v1/catalogs/kpis')
      .then(({ data }) => setCatalog(data ?? []))
      .catch((error: unknown) => setCatalogProblem(problemOf(error)));
  }, []);

  const initial = useMemo(() => (catalog && document ? kpiRows(catalog, document.kpis ?? []) : null), [catalog, document]);
  useEffect(() => {
    if (!initial) return;
    form.resetFields();
    form.setFieldsValue({ rows: structuredClone(initial) });
    setDirty(false);
  }, [initial, form]);
  const metrics = useMemo(() => new Map((catalog ?? []).map((metric) => [metric.code, metric])), [catalog]);

  const unitOf = (metric: KpiMetric | undefined) => (metric ? t(`unit.${metric.unit}`) : '');
  const nameOf = (code: string) => {
    const metric = metrics.get(code);
    return metric ? (locale === 'zh-CN' ? metric.name : metric.nameEn) : code;
  };

  async function submit() {
    // The whole store: each row's metric is data of the row, not a field of the form.
    const { selections, rowOf } = selectionsOf((form.getFieldsValue(true) as KpiForm).rows);
    setSaving(true);
    setConflict(false);
    setFormProblem(null);
    try {
      await saveSection('kpis', { kpis: selections });
      message.success(t('saved'));
    } catch (error) {
      if (problemOf(error).status === 412) setConflict(true);
      else {
        const renamed = remapProblem(error, (field) => {
          const found = /^kpis\[(\d+)\](.*)$/.exec(field);
          const row = found ? rowOf[Number(found[1])] : undefined;
          return row != null ? `rows[${row}]${found![2]}` : undefined;
        });
        setFormProblem(applyProblem(form, renamed));
      }
    } finally {
      setSaving(false);
    }
  }

  if ((loading && !document) || (!catalog && !catalogProblem)) return <Spin />;
  const selectedCount = (rows ?? []).filter((row) => row?.selected).length;

  return (
    <>
      <Typography.Title level={2}>{t('kpi.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('kpi.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <ProblemAlert problem={catalogProblem} />
      {conflict && <Alert type="warning" showIcon role="alert" title={t('conflict')} description={t('conflictReset')} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={formProblem} onClose={() => setFormProblem(null)} />
      <Form
        form={form}
        onFinish={submit}
        disabled={!mayEdit}
        onValuesChange={() => {
          setDirty(true);
          setFormProblem(null);
        }}
      >
        <Table<KpiRow>
          rowKey="metric"
          size="middle"
          pagination={false}
          dataSource={initial ?? []}
          scroll={{ x: 960 }}
          columns={[
            {
              title: t('kpi.selected'),
              key: 'selected',
              width: 90,
              render: (_, row, index) => (
                <Form.Item name={['rows', index, 'selected']} valuePropName="checked" noStyle>
                  <Switch
                    aria-label={t('kpi.select', { name: nameOf(row.metric) })}
                    onChange={(on) => {
                      const targets = form.getFieldValue(['rows', index, 'targets']) as KpiRow['targets'] | undefined;
                      if (on && (targets ?? []).length === 0) {
                        form.setFieldValue(['rows', index, 'targets'], [{ period: String(dayjs().year()) }]);
                      }
                    }}
                  />
                </Form.Item>
              ),
            },
            {
              title: t('kpi.metric'),
              key: 'metric',
              width: 260,
              render: (_, row) => {
                const metric = metrics.get(row.metric);
                return (
                  <Space orientation="vertical" size={0}>
                    <strong>{nameOf(row.metric)}</strong>
                    {metric ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{metric.definition}</Typography.Text>
                    ) : (
                      <Tag color="red">{t('kpi.notInCatalog')}</Tag>
                    )}
                  </Space>
                );
              },
            },
            {
              title: t('kpi.unit'),
              key: 'unit',
              width: 150,
              render: (_, row) => {
                const metric = metrics.get(row.metric);
                if (!metric) return '—';
                return (
                  <Space orientation="vertical" size={0}>
                    <span>{unitOf(metric)}</span>
                    <Tooltip title={t('kpi.range', { min: metric.min, max: metric.max })}>
                      <Tag color={metric.better === 'HIGHER' ? 'blue' : 'geekblue'}>{t(`better.${metric.better}`)}</Tag>
                    </Tooltip>
                  </Space>
                );
              },
            },
            {
              title: t('kpi.targets'),
              key: 'targets',
              render: (_, row, index) => {
                const metric = metrics.get(row.metric);
                const on = rows?.[index]?.selected;
                if (!on) return <Typography.Text type="secondary">{t('kpi.notSelected')}</Typography.Text>;
                const label = nameOf(row.metric);
                return (
                  <Form.List name={['rows', index, 'targets']}>
                    {(fields, { add, remove }) => (
                      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                        {fields.map((field) => (
                          <Space key={field.key} align="start" wrap>
                            <Form.Item
                              name={[field.name, 'period']}
                              style={{ marginBottom: 0 }}
                              rules={[{ required: true, message: t('required') }]}
                            >
                              <Input aria-label={t('kpi.periodOf', { name: label, n: field.name + 1 })} placeholder={t('kpi.periodHint')} style={{ width: 110 }} />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'target']}
                              style={{ marginBottom: 0 }}
                              rules={[
                                { required: true, message: t('required') },
                                {
                                  type: 'number',
                                  min: metric?.min,
                                  max: metric?.max,
                                  message: metric ? t('kpi.outOfRange', { min: metric.min, max: metric.max }) : '',
                                },
                              ]}
                            >
                              <InputNumber aria-label={t('kpi.targetOf', { name: label, n: field.name + 1 })} prefix={t('kpi.target')} suffix={unitOf(metric)} style={{ width: 170 }} />
                            </Form.Item>
                            <Form.Item
                              name={[field.name, 'warning']}
                              style={{ marginBottom: 0 }}
                              dependencies={[[field.name, 'target']]}
                              rules={[
                                { required: true, message: t('required') },
                                ({ getFieldValue }) => ({
                                  validator(_rule, value: number | null) {
                                    const target = getFieldValue(['rows', index, 'targets', field.name, 'target']) as number | null;
                                    if (metric && value != null && target != null && !warningOnBadSide(metric.better, target, value)) {
                                      return Promise.reject(new Error(t(metric.better === 'HIGHER' ? 'kpi.warningBelow' : 'kpi.warningAbove')));
                                    }
                                    return Promise.resolve();
                                  },
                                }),
                              ]}
                            >
                              <InputNumber aria-label={t('kpi.warningOf', { name: label, n: field.name + 1 })} prefix={t('kpi.warning')} suffix={unitOf(metric)} style={{ width: 170 }} />
                            </Form.Item>
                            <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('kpi.removeTarget', { name: label, n: field.name + 1 })} onClick={() => remove(field.name)} />
                          </Space>
                        ))}
                        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ period: String(dayjs().year()) })}>
                          {t('kpi.addTarget')}
                        </Button>
                      </Space>
                    )}
                  </Form.List>
                );
              },
            },
          ]}
        />
        {mayEdit && (
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('kpi.save')}
            </Button>
            <Button
              disabled={!dirty}
              onClick={() => {
                if (initial) form.setFieldsValue({ rows: structuredClone(initial) });
                setDirty(false);
              }}
            >
              {t('undo')}
            </Button>
            <Typography.Text type="secondary">
              {t('kpi.count', { n: selectedCount })}
              {dirty && ` · ${t('unsaved')}`}
            </Typography.Text>
          </Space>
        )}
      </Form>
    </>
  );
}
