import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { useClaims } from '../../../auth/useSession';
import { ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { listProvinceTenants, useLoad } from '../api';
import { formatSchemaVersions, formatTime, STATUSES, StatusTag } from '../labels';
import { provinces } from '../messages';
import { CenterDrawer } from './CenterDrawer';
import {
  buildCenterTree,
  countByStatus,
  expandableKeys,
  type CenterFilter,
  type CenterNode,
  type Tenant,
  type TenantLevel,
  type TenantStatus,
} from './centerTree';

const StatusChart = lazy(() => import('./StatusChart'));

/**
 * 中心总览: the province's centers as a tree of cities and their counties, filtered by name or
 * code, status and level, with a chart of their statuses; `?center=code` opens one's details.
 */
export default function CentersPage() {
  const t = useT(provinces);
  const tc = useT(common);
  const claims = useClaims();
  const province = claims?.province ?? null;
  const load = useCallback(() => listProvinceTenants(province ?? ''), [province]);
  const centers = useLoad(province ? load : null, [] as Tenant[]);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<CenterFilter>({});
  const tree = useMemo(() => buildCenterTree(centers.value, filter), [centers.value, filter]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  useEffect(() => setExpanded(expandableKeys(tree)), [tree]);
  const counts = useMemo(() => countByStatus(centers.value), [centers.value]);
  const shown = tree.reduce((n, node) => n + (node.context ? 0 : 1) + (node.children?.length ?? 0), 0);

  const selectedCode = params.get('center');
  const selected = centers.value.find((tenant) => tenant.code === selectedCode) ?? null;
  const select = (code: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (code) next.set('center', code);
        else next.delete('center');
        return next;
      },
      { replace: false },
    );
  const changed = (tenant: Tenant) =>
    centers.setValue((all) => all.map((each) => (each.code === tenant.code ? tenant : each)));

  const columns: ColumnsType<CenterNode> = [
    {
      title: t('colName'),
      key: 'name',
      width: 380,
      render: (_, { tenant, context }) => (
        <span data-center={tenant.code}>
          <Typography.Text strong={!context} type={context ? 'secondary' : undefined}>
            {tenant.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {tenant.code}
            {context && ` ${t('contextCity')}`}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('colStatus'), key: 'status', render: (_, { tenant }) => <StatusTag status={tenant.status} /> },
    { title: t('colLevel'), key: 'level', render: (_, { tenant }) => t(`level.${tenant.level}`) },
    { title: t('colDivision'), key: 'division', render: (_, { tenant }) => <span data-division={tenant.divisionCode}>{tenant.divisionCode}</span> },
    {
      title: t('colSchema'),
      key: 'schema',
      render: (_, { tenant }) => <Typography.Text style={{ fontSize: 12 }}>{formatSchemaVersions(tenant.schemaVersions)}</Typography.Text>,
    },
    {
      title: t('colOnboarded'),
      key: 'onboarded',
      render: (_, { tenant }) => formatTime(tenant.activatedAt ?? tenant.createdAt),
    },
    {
      title: t('colActions'),
      key: 'actions',
      render: (_, { tenant }) => (
        <Button
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            select(tenant.code);
          }}
          aria-label={t('detailsOf', { name: tenant.name })}
        >
          {t('details')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Row gutter={[16, 16]} align="top" style={{ marginBottom: 16 }}>
        <Col flex="1 1 480px">
          <Typography.Title level={2}>{t('centersTitle')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('centersIntro')}</Typography.Paragraph>
          <Space>
            {mayCall(claims, 'onboardTenant') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/console/provinces/onboarding')}>
                {t('onboardNew')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={centers.reload}>
              {tc('refresh')}
            </Button>
          </Space>
        </Col>
        <Col flex="0 1 380px">
          <Card title={t('chartTitle')} size="small">
            <Suspense fallback={<Skeleton active />}>
              <StatusChart counts={counts} />
            </Suspense>
          </Card>
        </Col>
      </Row>
      <ProblemAlert problem={centers.problem} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            allowClear
            aria-label={t('searchLabel')}
            placeholder={t('searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(text) => setFilter((f) => ({ ...f, text }))}
            onChange={(event) => setFilter((f) => ({ ...f, text: event.target.value }))}
          />
          <Select<TenantStatus | ''>
            aria-label={t('statusFilter')}
            style={{ width: 150 }}
            value={filter.status ?? ''}
            onChange={(status) => setFilter((f) => ({ ...f, status: status || undefined }))}
            options={[{ value: '', label: t('allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          />
          <Select<TenantLevel | ''>
            aria-label={t('levelFilter')}
            style={{ width: 150 }}
            value={filter.level ?? ''}
            onChange={(level) => setFilter((f) => ({ ...f, level: level || undefined }))}
            options={[
              { value: '', label: t('allLevels') },
              { value: 'CITY', label: t('level.CITY') },
              { value: 'COUNTY', label: t('level.COUNTY') },
            ]}
          />
          <Typography.Text type="secondary" aria-live="polite">
            {t('shownCount', { shown, total: centers.value.length })}
          </Typography.Text>
        </Space>
        <Table<CenterNode>
          data-testid="centers-tree"
          size="middle"
          rowKey="key"
          loading={centers.loading}
          columns={columns}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
          rowClassName={(node) => (node.key === selectedCode ? 'ant-table-row-selected' : '')}
          onRow={(node) => ({ onClick: () => select(node.key), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t('noCenters')} /> }}
        />
      </Card>
      <CenterDrawer center={selected} onClose={() => select(null)} onChanged={changed} />
    </>
  );
}
