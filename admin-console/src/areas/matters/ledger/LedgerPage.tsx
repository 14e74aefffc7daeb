import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Row, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { usePagedList } from '../../../api/usePagedList';
import { useMayCall } from '../../../auth/useSession';
import { LIGHT_STYLE, LightBadge, PausedBadge } from '../../../components/lights/LightBadge';
import { LIGHTS, lightWords } from '../../../components/lights/words';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { ProblemAlert } from '../../../components/Problems';
import { useLocale, useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { treeOf, useCenter } from '../center';
import { CHANNELS, COMPLEXITIES, STATUSES } from '../enums';
import { dueInChina, inChina } from '../format';
import { fenToYuan } from '../intake/checks';
import { ledger, words } from '../messages-intake';
import { currentStep, dueOf, filtersOf, queryOf, type LedgerFilters } from './ledger';

dayjs.extend(relativeTime);

type MatterSummary = components['schemas']['MatterSummary'];

const PAGE_SIZE = 50;
const FINISHED: ReadonlySet<MatterSummary['status']> = new Set(['FOLLOWED_UP', 'WITHDRAWN']);

interface FilterValues {
  status?: LedgerFilters['status'];
  categoryCode?: string;
  channel?: LedgerFilters['channel'];
  department?: string;
  complexity?: LedgerFilters['complexity'];
  overdue?: 'true' | 'false';
  light?: LedgerFilters['light'];
  registered?: [Dayjs | null, Dayjs | null] | null;
  orgUnit?: string;
}

function valuesOf(filters: LedgerFilters): FilterValues {
  return {
    ...filters,
    overdue: filters.overdue === undefined ? undefined : filters.overdue ? 'true' : 'false',
    registered:
      filters.registeredFrom || filters.registeredTo
        ? [filters.registeredFrom ? dayjs(filters.registeredFrom) : null, filters.registeredTo ? dayjs(filters.registeredTo) : null]
        : null,
  };
}

function filtersFrom(values: FilterValues): LedgerFilters {
  const [from, to] = values.registered ?? [];
  return {
    ...(values.status?.length ? { status: values.status } : {}),
    ...(values.categoryCode ? { categoryCode: values.categoryCode } : {}),
    ...(values.channel ? { channel: values.channel } : {}),
    ...(values.department ? { department: values.department } : {}),
    ...(values.complexity ? { complexity: values.complexity } : {}),
    ...(values.overdue ? { overdue: values.overdue === 'true' } : {}),
    ...(values.light?.length ? { light: values.light } : {}),
    ...(from ? { registeredFrom: from.format('YYYY-MM-DD') } : {}),
    ...(to ? { registeredTo: to.format('YYYY-MM-DD') } : {}),
    ...(values.orgUnit ? { orgUnit: values.orgUnit } : {}),
  };
}

/**
 * 事项台账: the center's ledger, newest first, a page at a time. The filters live in the URL, so
 * a reload or a shared link shows the same list; each line says what the matter waits for and by when.
 */
export default function LedgerPage() {
  const t = useT(ledger);
  const w = useT(words);
  const l = useT(lightWords);
  const c = useT(common);
  const { locale } = useLocale();
  const center = useCenter();
  const navigate = useNavigate();
  const mayRegister = useMayCall('registerMatter');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => filtersOf(new URLSearchParams(query)), [query]);
  const [form] = Form.useForm<FilterValues>();
  const [now, setNow] = useState(() => new Date());
  const fetchPage = useMemo(() => {
    const tenant = center.tenant;
    if (!tenant) return null;
    return async (cursor?: string) => {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/matters', {
        params: { path: { tenant }, query: { ...filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        querySerializer: { array: { style: 'form', explode: false } },
      });
      return data;
    };
  }, [center.tenant, filters]);
  // The due times are told relative to when the page was answered.
  const list = usePagedList<MatterSummary>(fetchPage, () => setNow(new Date()));

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(valuesOf(filters));
  }, [filters, form]);

  const categoryTree = useMemo(
    () => treeOf(center.categories, (c) => ({ value: c.code, title: c.name })),
    [center.categories],
  );
  const orgUnitTree = useMemo(() => treeOf(center.orgUnits, (u) => ({ value: u.code, title: u.name })), [center.orgUnits]);
  const departmentNames = (codes: string[]) => codes.map((code) => center.departmentName(code, locale)).join('、');

  const columns: ColumnsType<MatterSummary> = [
    {
      title: t('code'),
      dataIndex: 'code',
      render: (code: string, matter) => (
        <Link to={`/console/matters/${matter.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {code}
        </Link>
      ),
    },
    {
      title: t('category'),
      dataIndex: 'categoryCode',
      render: (code: string, matter) => (
        <>
          <div>{center.categoryName(code)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w(`channel.${matter.channel}`)} · {w(`complexity.${matter.complexity}`)}
            {matter.amountFen !== undefined && <> · {t('amount', { yuan: fenToYuan(matter.amountFen) })}</>}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('applicant'),
      key: 'applicant',
      render: (_, matter) => {
        const applicant = matter.parties.find((party) => party.role === 'APPLICANT');
        return applicant ? (
          <>
            <div>{applicant.name}</div>
            {applicant.phone && (
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                {applicant.phone}
              </Typography.Text>
            )}
          </>
        ) : null;
      },
    },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (status: MatterSummary['status']) => <Tag>{w(`status.${status}`)}</Tag>,
    },
    {
      title: l('light'),
      key: 'light',
      render: (_, matter) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {/* A finished matter with no clock left has no light to show. */}
          {(matter.light !== 'GREEN' || matter.nextDueAt || !FINISHED.has(matter.status)) && (
            <LightBadge light={matter.light} dueAt={matter.nextDueAt} />
          )}
          {matter.paused && <PausedBadge />}
        </span>
      ),
    },
    {
      title: t('currentStep'),
      key: 'step',
      render: (_, matter) => {
        const step = currentStep(matter);
        switch (step.kind) {
          case 'awaitSign':
            return (
              <span style={step.late ? { color: LIGHT_STYLE.RED.color } : undefined}>
                {t(step.late ? 'step.awaitSignLate' : 'step.awaitSign', { departments: departmentNames(step.departments) })}
              </span>
            );
          case 'inHandling':
            return t('step.inHandling', { departments: departmentNames(step.departments) });
          default:
            return t(`step.${step.kind}`);
        }
      },
    },
    {
      title: t('due'),
      key: 'due',
      render: (_, matter) => {
        const due = dueOf(matter, now);
        const closure = matter.closureDueOn && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('closureDue', { date: matter.closureDueOn })}
            </Typography.Text>
          </div>
        );
        if (!due) return closure ?? t('noDue');
        const span = dayjs(due.at).fromNow(true);
        return (
          <>
            <Tag style={due.overdue ? LIGHT_STYLE.RED : undefined} data-testid="due">
              {due.overdue ? t('overdueBy', { time: span }) : t('dueIn', { time: span })}
            </Tag>
            <div style={{ fontSize: 12 }}>{dueInChina(due.at)}</div>
            {closure}
          </>
        );
      },
    },
    {
      title: t('registeredAt'),
      dataIndex: 'registeredAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{inChina(at)}</span>,
    },
  ];

  const search = (values: FilterValues) => setSearchParams(queryOf(filtersFrom(values)));

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'baseline' }} wrap>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        {mayRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/console/matters/intake')}>
            {t('register')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert problem={center.problem} />

      <Form<FilterValues> form={form} layout="vertical" onFinish={search} aria-label={t('title')} role="search">
        <Row gutter={16}>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="status" label={t('status')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('any')}
                options={STATUSES.map((status) => ({ value: status, label: w(`status.${status}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="categoryCode" label={t('category')}>
              <TreeSelect
                allowClear
                placeholder={t('any')}
                treeData={categoryTree}
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeDefaultExpandAll
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="channel" label={t('channel')}>
              <Select
                allowClear
                placeholder={t('any')}
                options={CHANNELS.map((channel) => ({ value: channel, label: w(`channel.${channel}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="department" label={t('department')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('any')}
                options={center.departments.map((d) => ({ value: d.code, label: center.departmentName(d.code, locale) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="complexity" label={t('complexity')}>
              <Select
                allowClear
                placeholder={t('any')}
                options={COMPLEXITIES.map((c) => ({ value: c, label: w(`complexity.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="overdue" label={t('overdue')}>
              <Select
                allowClear
                placeholder={t('any')}
                options={[
                  { value: 'true', label: t('overdueYes') },
                  { value: 'false', label: t('overdueNo') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="light" label={l('light')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('any')}
                options={LIGHTS.map((light) => ({ value: light, label: l(`light.${light}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="registered" label={t('registered')}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="orgUnit" label={t('orgUnit')}>
              <TreeSelect
                allowClear
                placeholder={t('any')}
                treeData={orgUnitTree}
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeDefaultExpandAll
              />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit">
            {t('search')}
          </Button>
          <Button htmlType="button" onClick={() => setSearchParams(new URLSearchParams())}>
            {t('reset')}
          </Button>
          <Button htmlType="button" icon={<ReloadOutlined />} onClick={() => void list.reload()}>
            {c('refresh')}
          </Button>
        </Space>
      </Form>

      <ProblemAlert problem={list.problem} onClose={() => list.setProblem(null)} />
      <Table<MatterSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        onRow={(matter) => ({
          onClick: (event) => {
            if (!(event.target as HTMLElement).closest('a, button')) void navigate(`/console/matters/${matter.id}`);
          },
          style: { cursor: 'pointer' },
        })}
      />
      <LoadMoreFooter list={list} loadMore={t('loadMore')} shown={(n) => t('shown', { n })} allLoaded={(n) => t('allLoaded', { n })} />
    </div>
  );
}
