import { ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../../api/client';
import { usePagedList } from '../../../api/usePagedList';
import { useClaims } from '../../../auth/useSession';
import { LightBadge } from '../../../components/lights/LightBadge';
import { LIGHTS, lightWords } from '../../../components/lights/words';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { dueInChina, inChina } from '../../matters/format';
import { TAG } from '../../matters/steps/colours';
import { departmentOptions, useCenterReferences } from '../../matters/steps/references';
import { supervisionMessages } from '../messages';
import { useUnitName } from '../unitName';
import { supervisionWords, type Supervision } from '../words';
import { apiQueryOf, filtersOf, queryOf, type ItemFilters, type Showing } from './filters';

const PAGE_SIZE = 50;
const SHOWING: readonly Showing[] = ['OPEN', 'CLOSED', 'ALL'];

/**
 * 督办事项: the center's supervision items, open ones worst light first, filtered by status, light
 * and responsible unit (in the URL); each opens its page.
 */
export default function ItemsPage() {
  const t = useT(supervisionMessages);
  const s = useT(supervisionWords);
  const l = useT(lightWords);
  const c = useT(common);
  const tenant = useClaims()?.tenant ?? '';
  const references = useCenterReferences();
  const unitName = useUnitName(references);
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => filtersOf(new URLSearchParams(query)), [query]);
  const [form] = Form.useForm<ItemFilters>();
  const fetchPage = useMemo(() => {
    if (!tenant) return null;
    return async (cursor?: string) => {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/supervisions', {
        params: { path: { tenant }, query: { ...apiQueryOf(filters), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        querySerializer: { array: { style: 'form', explode: false } },
      });
      return data;
    };
  }, [tenant, filters]);
  const list = usePagedList<Supervision>(fetchPage);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(filters);
  }, [filters, form]);

  // The stationed departments, and any other unit an item names (the center itself).
  const unitOptions = useMemo(() => {
    const options = departmentOptions(references);
    return options.some((o) => o.value === filters.responsibleUnit) || !filters.responsibleUnit
      ? options
      : [...options, { value: filters.responsibleUnit, label: unitName(filters.responsibleUnit) }];
  }, [references, filters.responsibleUnit, unitName]);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'baseline' }} wrap>
        <Typography.Title level={2}>{t('listTitle')}</Typography.Title>
        <Link to="/console/supervision/board">{t('backToBoard')}</Link>
      </Space>
      <Typography.Paragraph type="secondary">{t('listIntro')}</Typography.Paragraph>
      <Form<ItemFilters>
        form={form}
        layout="vertical"
        role="search"
        aria-label={t('listTitle')}
        initialValues={{ status: 'OPEN' }}
        onFinish={(values) => setSearchParams(queryOf({ ...values, status: values.status ?? 'OPEN' }))}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('status')}>
              <Select
                options={SHOWING.map((value) => ({ value, label: value === 'ALL' ? t('any') : s(`status.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="light" label={t('light')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('any')}
                options={LIGHTS.map((light) => ({ value: light, label: l(`light.${light}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="responsibleUnit" label={t('responsibleUnit')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('any')} options={unitOptions} />
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
      <Table<Supervision>
        rowKey="id"
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        columns={[
          { title: t('light'), key: 'light', render: (_, item) => <LightBadge light={item.light} dueAt={item.dueAt} /> },
          {
            title: t('matter'),
            key: 'matter',
            render: (_, item) => (
              <Link to={`/console/matters/${item.matterId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {item.matterCode}
              </Link>
            ),
          },
          { title: t('trigger'), dataIndex: 'trigger', render: (trigger: Supervision['trigger']) => s(`trigger.${trigger}`) },
          {
            title: t('responsibleUnit'),
            key: 'unit',
            render: (_, item) => (
              <>
                {unitName(item.responsibleUnit)}
                {item.responsiblePerson && <Typography.Text type="secondary"> · {item.responsiblePerson}</Typography.Text>}
              </>
            ),
          },
          { title: t('openedAt'), dataIndex: 'openedAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{inChina(at)}</span> },
          { title: t('dueAt'), dataIndex: 'dueAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{dueInChina(at)}</span> },
          {
            title: t('lastStep'),
            key: 'last',
            render: (_, item) => {
              const last = item.steps.at(-1);
              return last ? `${s(`step.${last.kind}`)} · ${inChina(last.at)}` : '—';
            },
          },
          {
            title: t('status'),
            key: 'status',
            render: (_, item) => (
              <>
                <Tag color={item.status === 'OPEN' ? TAG.bad : TAG.done}>{s(`status.${item.status}`)}</Tag>
                {item.outcome && <Tag>{s(`outcome.${item.outcome}`)}</Tag>}
              </>
            ),
          },
          {
            title: c('actions'),
            key: 'view',
            render: (_, item) => (
              <Link to={`/console/supervision/items/${item.id}`} aria-label={t('viewItem', { code: item.matterCode })}>
                {t('view')}
              </Link>
            ),
          },
        ]}
      />
      <LoadMoreFooter list={list} loadMore={t('loadMore')} shown={(n) => t('shown', { n })} allLoaded={(n) => t('allLoaded', { n })} />
    </>
  );
}
