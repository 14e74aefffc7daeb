import { PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, ConfigProvider, Descriptions, Divider, Drawer, Form, Input, Modal, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { mayCall } from '../../../api/access';
import { tenantsApi } from '../../../api/client';
import { ProblemError, type Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { getTenant, useLoad } from '../api';
import { formatSchemaVersions, formatTime, StatusTag } from '../labels';
import { provinces } from '../messages';
import { ProvisioningSteps } from '../ProvisioningSteps';
import { CenterAdmins } from './CenterAdmins';
import { CenterRateLimit } from './CenterRateLimit';
import type { Tenant } from './centerTree';

const isStale = (error: unknown) => error instanceof ProblemError && error.problem.status === 412;

/**
 * One center: its facts and onboarding steps, suspend and resume (with the ETag read, so a change
 * made meanwhile is not overwritten), its admins and its request limit.
 */
export function CenterDrawer(props: { center: Tenant | null; onClose: () => void; onChanged: (tenant: Tenant) => void }) {
  const { center, onClose, onChanged } = props;
  const t = useT(provinces);
  return (
    <Drawer
      open={center != null}
      onClose={onClose}
      size={760}
      rootClassName="center-drawer"
      destroyOnHidden
      title={center ? t('detailsOf', { name: center.name }) : null}
    >
      {/* Ant Design's error red falls short of 4.5:1 on white; a deeper one keeps danger buttons legible. */}
      <ConfigProvider theme={{ token: { colorError: '#cf1322' } }}>
        {center && <CenterDetail key={center.code} code={center.code} onChanged={onChanged} />}
      </ConfigProvider>
    </Drawer>
  );
}

function CenterDetail({ code, onChanged }: { code: string; onChanged: (tenant: Tenant) => void }) {
  const t = useT(provinces);
  const { message } = App.useApp();
  const claims = useClaims();
  const load = useCallback(() => getTenant(code), [code]);
  const state = useLoad<{ tenant: Tenant; etag: string | null } | null>(load, null);
  const [suspending, setSuspending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const mayResume = mayCall(claims, 'resumeTenant', { tenant: code });
  const maySuspend = mayCall(claims, 'suspendTenant', { tenant: code });

  if (!state.value) return state.problem ? <ProblemAlert problem={state.problem} /> : <Skeleton active />;
  const { tenant, etag } = state.value;

  const applied = (next: Tenant | undefined, nextEtag: string | null) => {
    if (!next) return;
    state.setValue({ tenant: next, etag: nextEtag });
    onChanged(next);
  };
  const resume = async () => {
    setProblem(null);
    try {
      const { data, response } = await tenantsApi.DELETE('/api/v1/tenants/{code}/suspension', {
        params: { path: { code }, header: { 'If-Match': etag ?? undefined } },
      });
      applied(data, response.headers.get('ETag'));
      message.success(t('resumed'));
    } catch (error) {
      setProblem(problemOf(error));
      if (isStale(error)) state.reload();
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="center-name">
          {tenant.name}
        </Typography.Title>
        <Space>
          <StatusTag status={tenant.status} />
          {tenant.status === 'ACTIVE' && maySuspend && (
            <Button danger icon={<PauseCircleOutlined />} onClick={() => setSuspending(true)}>
              {t('suspend')}
            </Button>
          )}
          {tenant.status === 'SUSPENDED' && mayResume && (
            <Popconfirm title={t('resumeConfirm', { name: tenant.name })} onConfirm={resume} okText={t('resume')}>
              <Button type="primary" icon={<PlayCircleOutlined />}>
                {t('resume')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {tenant.status === 'SUSPENDED' && tenant.suspensionReason && (
        <Alert type="warning" showIcon title={t('suspensionReason')} description={tenant.suspensionReason} />
      )}
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'code', label: t('code'), children: <Typography.Text code>{tenant.code}</Typography.Text> },
          { key: 'level', label: t('level'), children: t(`level.${tenant.level}`) },
          { key: 'division', label: t('divisionCode'), children: tenant.divisionCode },
          { key: 'parent', label: t('parentCode'), children: tenant.parentCode ?? '—' },
          { key: 'province', label: t('provinceCode'), children: tenant.provinceCode },
          { key: 'template', label: t('template'), children: tenant.template },
          { key: 'placement', label: t('placement'), children: tenant.placement },
          { key: 'schema', label: t('schemaVersions'), children: formatSchemaVersions(tenant.schemaVersions) },
          { key: 'created', label: t('createdAt'), children: formatTime(tenant.createdAt) },
          { key: 'activated', label: t('activatedAt'), children: formatTime(tenant.activatedAt) },
          ...(tenant.provisioning.failedStep
            ? [{ key: 'failed', label: t('failedStep'), children: t(`step.${tenant.provisioning.failedStep as 'REGISTER'}`) }]
            : []),
        ]}
      />
      <Collapse
        size="small"
        items={[
          {
            key: 'steps',
            label: t('provisioning'),
            children: <ProvisioningSteps steps={tenant.provisioning.steps} size="small" />,
          },
        ]}
      />
      <Divider style={{ margin: 0 }} />
      <CenterAdmins tenant={code} />
      <Divider style={{ margin: 0 }} />
      <CenterRateLimit code={code} />
      <SuspendModal
        tenant={tenant}
        etag={etag}
        open={suspending}
        onClose={() => setSuspending(false)}
        onSuspended={(next, nextEtag) => {
          setSuspending(false);
          applied(next, nextEtag);
          message.success(t('suspended'));
        }}
        onStale={(stale) => {
          setSuspending(false);
          setProblem({ ...stale, detail: `${stale.detail ?? ''} ${t('staleReloaded')}`.trim() });
          state.reload();
        }}
      />
    </Space>
  );
}

function SuspendModal(props: {
  tenant: Tenant;
  etag: string | null;
  open: boolean;
  onClose: () => void;
  onSuspended: (tenant: Tenant | undefined, etag: string | null) => void;
  onStale: (problem: Problem) => void;
}) {
  const { tenant, etag, open, onClose, onSuspended, onStale } = props;
  const t = useT(provinces);
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setProblem(null);
    try {
      const { data, response } = await tenantsApi.PUT('/api/v1/tenants/{code}/suspension', {
        params: { path: { code: tenant.code }, header: { 'If-Match': etag ?? undefined } },
        body: { reason },
      });
      onSuspended(data, response.headers.get('ETag'));
    } catch (error) {
      if (isStale(error)) onStale(problemOf(error));
      else setProblem(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('suspendTitle', { name: tenant.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('confirmSuspend')}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
    >
      <Typography.Paragraph>{t('suspendHint')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" name="suspend" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, min: 2, max: 500, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
