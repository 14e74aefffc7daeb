import { ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../api/client';
import { usePagedList } from '../../api/usePagedList';
import { useClaims } from '../../auth/useSession';
import { LightBadge } from '../../components/lights/LightBadge';
import { lightWords } from '../../components/lights/words';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { ProblemAlert } from '../../components/Problems';
import { useT } from '../../i18n';
import { common } from '../../i18n/common';
import { dueInChina, inChina } from '../matters/format';
import { TAG } from '../matters/steps/colours';
import { departmentOptions, useCenterReferences } from '../matters/steps/references';
import { warningMessages } from './messages';
import { apiQueryOf, filtersOf, queryOf, WARNING_KINDS, type Openness, type Warning, type WarningFilters } from './warnings';

const PAGE_SIZE = 50;
const OPENNESS: readonly Openness[] = ['open', 'resolved', 'all'];

/**
 * 预警信息: the center's warnings, newest first, a page at a time, filtered by kind, whether still
 * open, and department (in the URL, so a reload or a shared link keeps them); each links to its
 * matter. A department's staff see their department's (the API decides).
 */
export default function WarningsPage() {
  const t = useT(warningMessages);
  const l = useT(lightWords);
  const c = useT(common);
  const tenant = useClaims()?.tenant ?? '';
  const references = useCenterReferences();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => filtersOf(new URLSearchParams(query)), [query]);
  const [form] = Form.useForm<WarningFilters>();
  const fetchPage = useMemo(() => {
    if (!tenant) return null;
    return async (cursor?: string) => {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/warnings', {
        params: { path: { tenant }, query: { ...apiQueryOf(filters), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        querySerializer: { array: { style: 'form', explode: false } },
      });
      return data;
    };
  }, [tenant, filters]);
  const list = usePagedList<Warning>(fetchPage);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(filters);
  }, [filters, form]);

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Form<WarningFilters>
        form={form}
        layout="vertical"
        role="search"
        aria-label={t('title')}
        initialValues={{ open: 'open' }}
        onFinish={(values) => setSearchParams(queryOf({ ...values, open: values.open ?? 'open' }))}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('kind')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('any')}
                options={WARNING_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="open" label={t('openness')}>
              <Select options={OPENNESS.map((value) => ({ value, label: t(`openness.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="department" label={t('department')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('any')} options={departmentOptions(references)} />
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
      <Table<Warning>
        rowKey="id"
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        columns={[
          {
            title: t('light'),
            key: 'light',
            render: (_, warning) => <LightBadge light={warning.light} dueAt={warning.dueAt} />,
          },
          {
            title: t('kind'),
            dataIndex: 'kind',
            render: (kind: Warning['kind']) => t(`kind.${kind}`),
          },
          {
            title: t('matter'),
            key: 'matter',
            render: (_, warning) => (
              <Link to={`/console/matters/${warning.matterId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {warning.matterCode}
              </Link>
            ),
          },
          { title: t('clock'), dataIndex: 'clock', render: (clock: Warning['clock']) => l(`clock.${clock}`) },
          {
            title: t('department'),
            dataIndex: 'department',
            render: (code?: string) => (code ? references.departmentName(code) : '—'),
          },
          { title: t('dueAt'), dataIndex: 'dueAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{dueInChina(at)}</span> },
          { title: t('raisedAt'), dataIndex: 'raisedAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{inChina(at)}</span> },
          {
            title: t('resolvedAt'),
            dataIndex: 'resolvedAt',
            render: (at?: string) => (at ? inChina(at) : <Tag color={TAG.bad}>{t('stillOpen')}</Tag>),
          },
        ]}
      />
      <LoadMoreFooter list={list} loadMore={t('loadMore')} shown={(n) => t('shown', { n })} allLoaded={(n) => t('allLoaded', { n })} />
    </>
  );
}
