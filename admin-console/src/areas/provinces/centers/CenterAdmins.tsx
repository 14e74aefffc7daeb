import { KeyOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Empty, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { mayCall } from '../../../api/access';
import { identityApi } from '../../../api/client';
import type { components } from '../../../api/generated/identity';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { applyProblem, ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useLoad } from '../api';
import { formatTime, ToneTag } from '../labels';
import { provinces } from '../messages';

type Account = components['schemas']['Account'];
type AccountCreation = components['schemas']['AccountCreation'];

/** The platform's password policy: at least 12 characters (the API says so again if not). */
export const MIN_PASSWORD = 12;

/** Every admin (TENANT_ADMIN) account of a center, following the pages of listAccounts. */
export async function listAdmins(tenant: string): Promise<Account[]> {
  const accounts: Account[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await identityApi.GET('/api/v1/tenants/{tenant}/accounts', {
      params: { path: { tenant }, query: { limit: 200, cursor } },
    });
    accounts.push(...(data?.items ?? []));
    cursor = data?.nextCursor;
  } while (cursor);
  return accounts.filter((account) => account.roles.includes('TENANT_ADMIN'));
}

/**
 * A center's admins: an operator creates the first one (and more), and resets an admin's
 * password when it is lost; everything else about accounts is the center's own business.
 */
export function CenterAdmins({ tenant }: { tenant: string }) {
  const t = useT(provinces);
  const claims = useClaims();
  const mayList = mayCall(claims, 'listAccounts', { tenant });
  const mayCreate = mayCall(claims, 'createAccount', { tenant });
  const mayReset = mayCall(claims, 'setAccountPassword', { tenant });
  const load = useCallback(() => listAdmins(tenant), [tenant]);
  const admins = useLoad(mayList ? load : null, [] as Account[]);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);

  return (
    <section aria-labelledby="center-admins">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Typography.Title level={4} id="center-admins" style={{ margin: 0 }}>
          {t('admins')}
        </Typography.Title>
        {mayCreate && (
          <Button icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {admins.value.length === 0 && !admins.loading ? t('createFirstAdmin') : t('createAdmin')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('adminsIntro')}
      </Typography.Paragraph>
      <ProblemAlert problem={admins.problem} />
      {mayList && (
        <Table<Account>
          size="small"
          rowKey="id"
          loading={admins.loading}
          dataSource={admins.value}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noAdmins')} /> }}
          columns={[
            { title: t('login'), dataIndex: 'login', render: (login: string) => <Typography.Text code>{login}</Typography.Text> },
            { title: t('displayName'), dataIndex: 'displayName' },
            {
              title: t('colStatus'),
              dataIndex: 'locked',
              render: (locked: boolean) => (locked ? <ToneTag tone="red">{t('locked')}</ToneTag> : <ToneTag tone="green">{t('active')}</ToneTag>),
            },
            { title: t('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
            ...(mayReset
              ? [
                  {
                    title: t('colActions'),
                    key: 'actions',
                    render: (_: unknown, account: Account) => (
                      <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(account)}>
                        {t('resetPassword')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <CreateAdminModal
        tenant={tenant}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          admins.reload();
        }}
      />
      <ResetPasswordModal tenant={tenant} account={resetting} onClose={() => setResetting(null)} />
    </section>
  );
}

function CreateAdminModal({ tenant, open, onClose, onCreated }: { tenant: string; open: boolean; onClose: () => void; onCreated: () => void }) {
  const t = useT(provinces);
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<AccountCreation, 'roles'>>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Omit<AccountCreation, 'roles'>) => {
    setSaving(true);
    setProblem(null);
    try {
      const { data } = await identityApi.POST('/api/v1/tenants/{tenant}/accounts', {
        params: { path: { tenant } },
        body: { ...values, roles: ['TENANT_ADMIN'] },
      });
      message.success(t('adminCreated', { login: data?.login ?? `${values.username}@${tenant}` }));
      form.resetFields();
      onCreated();
    } catch (error) {
      setProblem(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('createAdmin')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('createAdmin')}
      confirmLoading={saving}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
    >
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} name="create-admin" preserve={false}>
        <Form.Item
          name="username"
          label={t('username')}
          extra={t('usernameHelp', { tenant })}
          rules={[{ required: true, message: t('usernameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, message: t('displayNameRequired') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          extra={t('passwordRule')}
          rules={[{ required: true, min: MIN_PASSWORD, message: t('passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResetPasswordModal({ tenant, account, onClose }: { tenant: string; account: Account | null; onClose: () => void }) {
  const t = useT(provinces);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async ({ password }: { password: string }) => {
    if (!account) return;
    setSaving(true);
    setProblem(null);
    try {
      await identityApi.PUT('/api/v1/tenants/{tenant}/accounts/{accountId}/password', {
        params: { path: { tenant, accountId: account.id } },
        body: { password },
      });
      message.success(t('passwordReset', { login: account.login }));
      onClose();
    } catch (error) {
      setProblem(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={account != null}
      title={account ? t('resetPasswordOf', { login: account.login }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('resetPassword')}
      confirmLoading={saving}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
    >
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} name="reset-password" preserve={false}>
        <Form.Item
          name="password"
          label={t('newPassword')}
          extra={t('passwordRule')}
          rules={[{ required: true, min: MIN_PASSWORD, message: t('passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
