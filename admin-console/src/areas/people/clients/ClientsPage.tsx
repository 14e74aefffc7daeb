import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Descriptions, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { identityApi } from '../../../api/client';
import type { components } from '../../../api/generated/identity';
import type { Problem } from '../../../api/problem';
import { useClaims, useMayCall } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { people } from '../messages';
import { SecretOnce } from '../SecretOnce';

type IntegratorClient = components['schemas']['IntegratorClient'];
type IssuedClient = components['schemas']['IssuedClient'];

/** The scopes a center's integrator may hold (createTenantClient). */
export const CLIENT_SCOPES = ['cases:read', 'cases:write', 'kpi:read'] as const;

interface CreateForm {
  name: string;
  scopes: string[];
}

/** 接入系统: the center's integrator clients (the 12345 hotline, a court system), their secrets shown once. */
export default function ClientsPage() {
  const t = useT(people);
  const { message } = App.useApp();
  const tenant = useClaims()?.tenant ?? '';
  const mayCreate = useMayCall('createTenantClient');
  const mayRotate = useMayCall('rotateTenantClientSecret');
  const mayRevoke = useMayCall('revokeTenantClient');
  const [clients, setClients] = useState<IntegratorClient[]>([]);
  const [loading, setLoading] = useState(false);
  const [listProblem, setListProblem] = useState<Problem | null>(null);
  const [creating, setCreating] = useState(false);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const [issued, setIssued] = useState<{ client: IssuedClient; rotated: boolean } | null>(null);
  const [form] = Form.useForm<CreateForm>();

  const load = useCallback(async () => {
    if (!tenant) return;
    setLoading(true);
    try {
      const { data } = await identityApi.GET('/api/v1/tenants/{tenant}/clients', { params: { path: { tenant } } });
      setClients(data?.items ?? []);
      setListProblem(null);
    } catch (error) {
      setListProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, [tenant]);
  useEffect(() => {
    void load();
  }, [load]);

  async function create(values: CreateForm) {
    setSaving(true);
    try {
      const { data } = await identityApi.POST('/api/v1/tenants/{tenant}/clients', {
        params: { path: { tenant } },
        body: { name: values.name.trim(), scopes: values.scopes },
      });
      setCreating(false);
      setIssued({ client: data!, rotated: false });
      void load();
    } catch (error) {
      setFormProblem(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  }

  async function rotate(client: IntegratorClient) {
    try {
      const { data } = await identityApi.POST('/api/v1/tenants/{tenant}/clients/{clientId}/secret', {
        params: { path: { tenant, clientId: client.clientId } },
      });
      setIssued({ client: data!, rotated: true });
      void load();
    } catch (error) {
      setListProblem(problemOf(error));
    }
  }

  async function revoke(client: IntegratorClient) {
    try {
      await identityApi.DELETE('/api/v1/tenants/{tenant}/clients/{clientId}', {
        params: { path: { tenant, clientId: client.clientId } },
      });
      message.success(t('cli.revoked', { name: client.name }));
      setClients((current) => current.filter((item) => item.clientId !== client.clientId));
    } catch (error) {
      setListProblem(problemOf(error));
    }
  }

  const when = (at?: string) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

  return (
    <>
      <Typography.Title level={2}>{t('cli.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cli.intro')}</Typography.Paragraph>
      <ProblemAlert problem={listProblem} onClose={() => setListProblem(null)} />
      {mayCreate && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 16 }}
          onClick={() => {
            form.resetFields();
            setFormProblem(null);
            setCreating(true);
          }}
        >
          {t('cli.create')}
        </Button>
      )}
      <Table<IntegratorClient>
        rowKey="clientId"
        size="middle"
        loading={loading}
        dataSource={clients}
        pagination={false}
        locale={{ emptyText: <Typography.Text>{t('cli.none')}</Typography.Text> }}
        columns={[
          { title: t('cli.name'), dataIndex: 'name', key: 'name', render: (name: string) => <strong>{name}</strong> },
          { title: t('cli.clientId'), dataIndex: 'clientId', key: 'clientId', render: (id: string) => <Typography.Text code copyable>{id}</Typography.Text> },
          { title: t('cli.scopes'), key: 'scopes', render: (_, client) => client.scopes.map((scope) => <Tag key={scope}>{scopeLabel(t, scope)}</Tag>) },
          { title: t('cli.createdAt'), key: 'createdAt', render: (_, client) => when(client.createdAt) },
          { title: t('cli.rotatedAt'), key: 'rotatedAt', render: (_, client) => when(client.secretRotatedAt) },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, client) => (
              <Space size={0}>
                {mayRotate && (
                  <Popconfirm title={t('cli.rotateConfirm', { name: client.name })} okText={t('cli.rotate')} cancelText={t('cancel')} onConfirm={() => rotate(client)}>
                    <Button type="link" aria-label={t('cli.rotateOf', { name: client.name })}>
                      {t('cli.rotate')}
                    </Button>
                  </Popconfirm>
                )}
                {mayRevoke && (
                  <Popconfirm
                    title={t('cli.revokeConfirm', { name: client.name })}
                    okText={t('cli.revoke')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('cancel')}
                    onConfirm={() => revoke(client)}
                  >
                    <Button type="link" aria-label={t('cli.revokeOf', { name: client.name })}>
                      {t('cli.revoke')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />

      <Modal
        open={creating}
        title={t('cli.create')}
        okText={t('cli.issue')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        forceRender
      >
        <ProblemAlert problem={formProblem} />
        <Form form={form} layout="vertical" initialValues={{ scopes: ['cases:read', 'cases:write'] }} onFinish={create} onValuesChange={() => setFormProblem(null)}>
          <Form.Item name="name" label={t('cli.name')} extra={t('cli.nameHint')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="scopes" label={t('cli.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('cli.scopesRequired') }]}>
            <Checkbox.Group options={CLIENT_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(t, scope) }))} />
          </Form.Item>
        </Form>
      </Modal>

      <SecretOnce
        open={issued != null}
        title={issued?.rotated ? t('cli.rotatedTitle', { name: issued.client.name }) : t('cli.issuedTitle', { name: issued?.client.name ?? '' })}
        warning={t('cli.secretOnce')}
        label={t('cli.secret')}
        secret={issued?.client.clientSecret ?? ''}
        extra={
          issued && (
            <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('cli.clientId')}>
                <Typography.Text code copyable>{issued.client.clientId}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('cli.tokenUrl')}>
                <Typography.Text code>/oauth2/token</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          )
        }
        onClose={() => {
          setIssued(null);
          message.info(t('cli.secretGone'));
        }}
      />
    </>
  );
}

function scopeLabel(t: (key: 'scope.casesRead' | 'scope.casesWrite' | 'scope.kpiRead') => string, scope: string): string {
  switch (scope) {
    case 'cases:read':
      return t('scope.casesRead');
    case 'cases:write':
      return t('scope.casesWrite');
    case 'kpi:read':
      return t('scope.kpiRead');
    default:
      return scope;
  }
}
