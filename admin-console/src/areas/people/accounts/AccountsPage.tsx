import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { identityApi } from '../../../api/client';
import type { Problem } from '../../../api/problem';
import { useMayCall } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useDepartmentNames } from '../../configuration/departmentNames';
import { toTree, type OrgNode } from '../../configuration/org-tree/orgTree';
import { useConfiguration } from '../../configuration/useConfiguration';
import { people } from '../messages';
import { SecretOnce } from '../SecretOnce';
import { etagOf, filterAccounts, generatePassword, needsOrgUnit, ROLES, type Account, type AccountFilter, type Role } from './accounts';

const PAGE = 50;

interface CreateForm {
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitCode?: string;
  departmentCode?: string;
  password: string;
}

type Action = { kind: 'roles' | 'department' | 'password'; account: Account };

/** 工作人员账号: the center's people, their roles, org unit and department, locks and passwords. */
export default function AccountsPage() {
  const t = useT(people);
  const { message } = App.useApp();
  const { tenant, document } = useConfiguration();
  const { nameOf: departmentName, options: departmentOptions } = useDepartmentNames(document?.departments);
  const mayCreate = useMayCall('createAccount');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [listProblem, setListProblem] = useState<Problem | null>(null);
  const [filter, setFilter] = useState<AccountFilter>({});
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const [secret, setSecret] = useState<{ login: string; password: string } | null>(null);
  /** Which form holds a generated password (shown once after saving); typing one clears it. */
  const [generatedFor, setGeneratedFor] = useState<'create' | 'action' | null>(null);
  const [createForm] = Form.useForm<CreateForm>();
  const [actionForm] = Form.useForm<{ roles?: Role[]; orgUnitCode?: string; departmentCode?: string; password?: string }>();
  const createRoles = Form.useWatch('roles', createForm);
  const actionRoles = Form.useWatch('roles', actionForm);

  const units = useMemo(() => document?.orgUnits ?? [], [document]);
  const unitName = useCallback((code?: string) => (code ? (units.find((unit) => unit.code === code)?.name ?? code) : ''), [units]);
  const unitChoices = useMemo(() => {
    interface Choice { value: string; title: string; disabled: boolean; children: Choice[] }
    const map = (node: OrgNode): Choice => ({
      value: node.unit.code,
      title: node.unit.name,
      disabled: node.unit.status === 'RETIRED',
      children: node.children.map(map),
    });
    return toTree(units).map(map);
  }, [units]);

  const load = useCallback(
    async (after?: string) => {
      if (!tenant) return;
      setLoading(true);
      try {
        const { data } = await identityApi.GET('/api/v1/tenants/{tenant}/accounts', {
          params: { path: { tenant }, query: { limit: PAGE, cursor: after } },
        });
        setAccounts((current) => (after ? [...current, ...(data?.items ?? [])] : (data?.items ?? [])));
        setCursor(data?.nextCursor);
        setListProblem(null);
      } catch (error) {
        setListProblem(problemOf(error));
      } finally {
        setLoading(false);
      }
    },
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const replace = (account: Account) => setAccounts((current) => current.map((item) => (item.id === account.id ? account : item)));
  const shown = useMemo(() => filterAccounts(accounts, filter), [accounts, filter]);
  const roleLabel = (role: Role) => t(`role.${role}`);
  const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

  function openCreate() {
    setFormProblem(null);
    createForm.resetFields();
    setCreating(true);
  }

  async function create(values: CreateForm, generated: boolean) {
    setSaving(true);
    try {
      const { data } = await identityApi.POST('/api/v1/tenants/{tenant}/accounts', {
        params: { path: { tenant } },
        body: {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          roles: values.roles,
          orgUnitCode: values.orgUnitCode || undefined,
          departmentCode: values.departmentCode || undefined,
          password: values.password,
        },
      });
      setCreating(false);
      message.success(t('acc.created', { login: data!.login }));
      setAccounts((current) => [...current, data!].sort((a, b) => a.login.localeCompare(b.login)));
      if (generated) setSecret({ login: data!.login, password: values.password });
    } catch (error) {
      setFormProblem(applyProblem(createForm, error));
    } finally {
      setSaving(false);
    }
  }

  function openAction(next: Action) {
    setFormProblem(null);
    actionForm.resetFields();
    actionForm.setFieldsValue({
      roles: next.account.roles,
      orgUnitCode: undefined,
      departmentCode: next.account.departmentCode,
      password: '',
    });
    setAction(next);
  }

  /** A change of one account; a 412 (someone changed it meanwhile) reads it again and says so. */
  async function change(account: Account, call: () => Promise<Account | undefined>, form?: typeof actionForm): Promise<boolean> {
    setSaving(true);
    try {
      const changed = await call();
      if (changed) replace(changed);
      message.success(t('saved'));
      return true;
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 412) {
        const { data } = await identityApi.GET('/api/v1/tenants/{tenant}/accounts/{accountId}', {
          params: { path: { tenant, accountId: account.id } },
        });
        if (data) replace(data);
        const stale = { ...problem, title: t('acc.stale') };
        if (form) setFormProblem(stale);
        else setListProblem(stale);
      } else if (form) setFormProblem(applyProblem(form, error));
      else setListProblem(problem);
      return false;
    } finally {
      setSaving(false);
    }
  }

  const path = (account: Account) => ({ path: { tenant, accountId: account.id }, header: { 'If-Match': etagOf(account) } });
  const current = (account: Account) => accounts.find((item) => item.id === account.id) ?? account;

  async function submitAction(values: { roles?: Role[]; orgUnitCode?: string; departmentCode?: string; password?: string; generated?: boolean }) {
    if (!action) return;
    const account = current(action.account);
    let done = false;
    if (action.kind === 'roles') {
      done = await change(
        account,
        async () =>
          (await identityApi.PUT('/api/v1/tenants/{tenant}/accounts/{accountId}/roles', {
            params: path(account),
            body: { roles: values.roles ?? [], orgUnitCode: values.orgUnitCode || undefined },
          })).data,
        actionForm,
      );
    } else if (action.kind === 'department') {
      done = await change(
        account,
        async () =>
          (await identityApi.PUT('/api/v1/tenants/{tenant}/accounts/{accountId}/department', {
            params: path(account),
            body: { departmentCode: values.departmentCode ?? '' },
          })).data,
        actionForm,
      );
    } else {
      const password = values.password ?? '';
      done = await change(
        account,
        async () => {
          await identityApi.PUT('/api/v1/tenants/{tenant}/accounts/{accountId}/password', {
            params: { path: { tenant, accountId: account.id } },
            body: { password },
          });
          return undefined;
        },
        actionForm,
      );
      if (done && values.generated) setSecret({ login: account.login, password });
    }
    if (done) setAction(null);
  }

  async function setLocked(account: Account, locked: boolean) {
    const latest = current(account);
    await change(latest, async () =>
      locked
        ? (await identityApi.PUT('/api/v1/tenants/{tenant}/accounts/{accountId}/lock', { params: path(latest) })).data
        : (await identityApi.DELETE('/api/v1/tenants/{tenant}/accounts/{accountId}/lock', { params: path(latest) })).data,
    );
  }

  const showOrgUnitForCreate = needsOrgUnit(createRoles);
  const actionAccount = action ? current(action.account) : null;
  const showOrgUnitForRoles = action?.kind === 'roles' && needsOrgUnit(actionRoles) && !actionAccount?.orgUnitCode;

  return (
    <>
      <Typography.Title level={2}>{t('acc.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('acc.intro')}</Typography.Paragraph>
      <ProblemAlert problem={listProblem} onClose={() => setListProblem(null)} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('acc.search')}
          placeholder={t('acc.search')}
          style={{ width: 240 }}
          onSearch={(text) => setFilter((current) => ({ ...current, text }))}
          onChange={(event) => setFilter((current) => ({ ...current, text: event.target.value }))}
        />
        <Select<Role>
          allowClear
          aria-label={t('acc.role')}
          placeholder={t('acc.anyRole')}
          style={{ width: 160 }}
          options={roleOptions}
          onChange={(role) => setFilter((current) => ({ ...current, role }))}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('acc.department')}
          placeholder={t('acc.anyDepartment')}
          style={{ width: 220 }}
          options={departmentOptions}
          onChange={(department) => setFilter((current) => ({ ...current, department }))}
        />
        <Select<'locked' | 'active'>
          allowClear
          aria-label={t('acc.status')}
          placeholder={t('acc.anyStatus')}
          style={{ width: 140 }}
          options={[
            { value: 'active', label: t('acc.active') },
            { value: 'locked', label: t('acc.locked') },
          ]}
          onChange={(status) => setFilter((current) => ({ ...current, locked: status === undefined ? undefined : status === 'locked' }))}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          {t('refresh')}
        </Button>
        {mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
            {t('acc.create')}
          </Button>
        )}
      </Space>
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('acc.account'),
            key: 'login',
            render: (_, account) => (
              <Space orientation="vertical" size={0}>
                <strong>{account.displayName}</strong>
                <Typography.Text type="secondary">{account.login}</Typography.Text>
              </Space>
            ),
          },
          { title: t('acc.roles'), key: 'roles', render: (_, account) => account.roles.map((role) => <Tag key={role}>{roleLabel(role)}</Tag>) },
          { title: t('acc.orgUnit'), key: 'orgUnit', render: (_, account) => unitName(account.orgUnitCode) || '—' },
          { title: t('acc.department'), key: 'department', render: (_, account) => departmentName(account.departmentCode) || '—' },
          {
            title: t('acc.status'),
            key: 'locked',
            render: (_, account) =>
              account.locked ? (
                <Tag color="red">
                  {account.lockedUntil ? t('acc.lockedUntil', { until: dayjs(account.lockedUntil).format('YYYY-MM-DD HH:mm') }) : t('acc.locked')}
                </Tag>
              ) : (
                <Tag>{t('acc.active')}</Tag>
              ),
          },
          { title: t('acc.createdAt'), key: 'createdAt', render: (_, account) => dayjs(account.createdAt).format('YYYY-MM-DD') },
          {
            title: t('actions'),
            key: 'actions',
            fixed: 'right',
            width: 300,
            render: (_, account) => (
              <Space size={0} wrap>
                <Button type="link" size="small" aria-label={t('acc.rolesOf', { login: account.login })} onClick={() => openAction({ kind: 'roles', account })}>
                  {t('acc.changeRoles')}
                </Button>
                <Button type="link" size="small" aria-label={t('acc.departmentOf', { login: account.login })} onClick={() => openAction({ kind: 'department', account })}>
                  {t('acc.changeDepartment')}
                </Button>
                {account.locked ? (
                  <Popconfirm title={t('acc.unlockConfirm', { login: account.login })} okText={t('acc.unlock')} cancelText={t('cancel')} onConfirm={() => setLocked(account, false)}>
                    <Button type="link" size="small" aria-label={t('acc.unlockOf', { login: account.login })}>
                      {t('acc.unlock')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Popconfirm title={t('acc.lockConfirm', { login: account.login })} okText={t('acc.lock')} cancelText={t('cancel')} onConfirm={() => setLocked(account, true)}>
                    <Button type="link" size="small" aria-label={t('acc.lockOf', { login: account.login })}>
                      {t('acc.lock')}
                    </Button>
                  </Popconfirm>
                )}
                <Button type="link" size="small" aria-label={t('acc.passwordOf', { login: account.login })} onClick={() => openAction({ kind: 'password', account })}>
                  {t('acc.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('acc.count', { shown: shown.length, loaded: accounts.length })}</Typography.Text>
        {cursor && (
          <Button onClick={() => void load(cursor)} loading={loading}>
            {t('more')}
          </Button>
        )}
      </Space>

      <Modal
        open={creating}
        title={t('acc.create')}
        okText={t('acc.createOk')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => createForm.submit()}
        onCancel={() => setCreating(false)}
        forceRender
      >
        <ProblemAlert problem={formProblem} />
        <Form
          form={createForm}
          layout="vertical"
          initialValues={{ roles: ['STAFF'] }}
          onFinish={(values) => void create(values, generatedFor === 'create')}
          onValuesChange={(changed: Partial<CreateForm>) => {
            setFormProblem(null);
            if ('password' in changed) setGeneratedFor(null);
          }}
        >
          <Form.Item name="username" label={t('acc.username')} extra={t('acc.usernameHint', { tenant })} rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="off" addonAfter={`@${tenant}`} />
          </Form.Item>
          <Form.Item name="displayName" label={t('acc.displayName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="roles" label={t('acc.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('acc.rolesRequired') }]}>
            <Checkbox.Group options={roleOptions} />
          </Form.Item>
          <Form.Item
            name="orgUnitCode"
            label={t('acc.orgUnit')}
            extra={showOrgUnitForCreate ? t('acc.orgUnitNeeded') : undefined}
            rules={[{ required: showOrgUnitForCreate, message: t('acc.orgUnitNeeded') }]}
          >
            <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeDefaultExpandAll treeData={unitChoices} />
          </Form.Item>
          <Form.Item name="departmentCode" label={t('acc.department')} extra={t('acc.departmentHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={departmentOptions} />
          </Form.Item>
          <PasswordField
            label={t('acc.firstPassword')}
            onGenerate={(password) => {
              createForm.setFieldValue('password', password);
              setGeneratedFor('create');
            }}
          />
        </Form>
      </Modal>

      <Modal
        open={action != null}
        title={
          action &&
          t(action.kind === 'roles' ? 'acc.rolesTitle' : action.kind === 'department' ? 'acc.departmentTitle' : 'acc.passwordTitle', {
            login: action.account.login,
          })
        }
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => actionForm.submit()}
        onCancel={() => setAction(null)}
        forceRender
      >
        <ProblemAlert problem={formProblem} />
        <Form
          form={actionForm}
          layout="vertical"
          onFinish={(values) => void submitAction({ ...values, generated: generatedFor === 'action' })}
          onValuesChange={(changed: { password?: string }) => {
            setFormProblem(null);
            if ('password' in changed) setGeneratedFor(null);
          }}
        >
          {action?.kind === 'roles' && (
            <>
              <Form.Item name="roles" label={t('acc.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('acc.rolesRequired') }]}>
                <Checkbox.Group options={roleOptions} />
              </Form.Item>
              {showOrgUnitForRoles && (
                <Form.Item name="orgUnitCode" label={t('acc.orgUnit')} rules={[{ required: true, message: t('acc.orgUnitNeeded') }]} extra={t('acc.orgUnitNeeded')}>
                  <TreeSelect showSearch treeNodeFilterProp="title" treeDefaultExpandAll treeData={unitChoices} />
                </Form.Item>
              )}
              <Alert type="info" showIcon title={t('acc.nextToken')} />
            </>
          )}
          {action?.kind === 'department' && (
            <>
              <Form.Item name="departmentCode" label={t('acc.department')} extra={t('acc.departmentClear')}>
                <Select allowClear showSearch optionFilterProp="label" options={departmentOptions} />
              </Form.Item>
              <Alert type="info" showIcon title={t('acc.nextToken')} />
            </>
          )}
          {action?.kind === 'password' && (
            <PasswordField
              label={t('acc.newPassword')}
              onGenerate={(password) => {
                actionForm.setFieldValue('password', password);
                setGeneratedFor('action');
              }}
            />
          )}
        </Form>
      </Modal>

      <SecretOnce
        open={secret != null}
        title={t('acc.passwordOnceTitle')}
        warning={t('acc.passwordOnce', { login: secret?.login ?? '' })}
        label={t('acc.password')}
        secret={secret?.password ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}

/** A password field with a generator; the length rule is the API's, shown next to the field. */
function PasswordField({ label, onGenerate }: { label: string; onGenerate: (password: string) => void }) {
  const t = useT(people);
  return (
    <Form.Item label={label} required extra={t('acc.passwordHint')}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name="password" noStyle rules={[{ required: true, message: t('required') }]}>
          <Input.Password autoComplete="new-password" aria-label={label} />
        </Form.Item>
        <Button onClick={() => onGenerate(generatePassword())}>{t('acc.generate')}</Button>
      </Space.Compact>
    </Form.Item>
  );
}
