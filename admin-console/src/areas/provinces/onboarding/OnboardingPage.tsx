import { Alert, Button, Card, Col, Form, Input, Radio, Result, Row, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { tenantsApi } from '../../../api/client';
import type { components } from '../../../api/generated/tenants';
import { ProblemError, type Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { applyProblem, ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { getTenant, listProvinceTenants, listTemplates, useLoad, type TemplateSummary } from '../api';
import type { Tenant, TenantLevel } from '../centers/centerTree';
import { StatusTag } from '../labels';
import { provinces } from '../messages';
import { ProvisioningSteps, totalDuration } from '../ProvisioningSteps';

type Onboarding = components['schemas']['TenantOnboarding'];
type Values = Omit<Onboarding, 'provinceCode'>;
type Phase = 'editing' | 'running' | 'done' | 'failed';

/** How often the center is read while its onboarding runs. */
export const POLL_MS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A failure on the platform's side (or on the way), after which the same request may be sent again. */
function retriable(error: unknown): boolean {
  return !(error instanceof ProblemError) || error.problem.status >= 500;
}

/**
 * Runs an onboarding request and, while it is in flight, reads the center every POLL_MS to
 * report its steps as they happen (the center is unknown, 404, until its first step registers it).
 * The request is idempotent: after a failure on the platform's side it is sent once more, which
 * answers the center as it stands or finishes its onboarding from the first step not yet done.
 */
export async function onboardWithProgress(
  body: Onboarding,
  onProgress: (tenant: Tenant) => void,
  retries = 1,
): Promise<{ tenant: Tenant | undefined; created: boolean }> {
  let done = false;
  const poll = async () => {
    while (!done) {
      try {
        const { tenant } = await getTenant(body.code);
        if (!done) onProgress(tenant);
      } catch {
        // Not registered yet (404), or a read that failed: the next round tries again.
      }
      if (!done) await sleep(POLL_MS);
    }
  };
  void poll();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        // Bearer-authenticated: the login session's cookie is not sent, so that a login session
        // ended while the (long) onboarding runs cannot fail its answer.
        const { data, response } = await tenantsApi.POST('/api/v1/tenants', { body, credentials: 'omit' });
        return { tenant: data, created: response.status === 201 || attempt > 0 };
      } catch (error) {
        if (attempt >= retries || !retriable(error)) throw error;
        await sleep(error instanceof ProblemError && error.problem.status === 503 ? 2000 : 500);
      }
    }
  } finally {
    done = true;
  }
}

/**
 * 开通中心: the onboarding form (the API's problems next to the fields at fault) and the
 * provisioning steps as they happen; re-submitting the same request is safe (it resumes).
 */
export default function OnboardingPage() {
  const t = useT(provinces);
  const claims = useClaims();
  const province = claims?.province ?? '';
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const loadCenters = useCallback(() => listProvinceTenants(province), [province]);
  const centers = useLoad(province ? loadCenters : null, [] as Tenant[]);
  const templates = useLoad(listTemplates, [] as TemplateSummary[]);
  const [phase, setPhase] = useState<Phase>('editing');
  const [tenant, setTenant] = useState<Tenant | null>(null);
  const [created, setCreated] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const last = useRef<Values | null>(null);

  const level = Form.useWatch('level', form) as TenantLevel | undefined;
  const parentCode = Form.useWatch('parentCode', form) as string | undefined;
  const templateName = Form.useWatch('template', form) as string | undefined;
  const cities = useMemo(() => centers.value.filter((center) => center.level === 'CITY'), [centers.value]);
  const parent = cities.find((city) => city.code === parentCode);
  const fitting = templates.value.filter((template) => !level || template.level === level);
  const chosen = templates.value.find((template) => template.name === templateName);

  // A template that does not fit the level gives way to the first that does.
  useEffect(() => {
    if (!level || templates.value.length === 0) return;
    if (!chosen || chosen.level !== level) form.setFieldValue('template', fitting[0]?.name);
  }, [level, chosen, fitting, form, templates.value.length]);

  const submit = async (values: Values) => {
    last.current = values;
    const body: Onboarding = {
      ...values,
      name: values.name.trim(),
      provinceCode: province,
      parentCode: values.level === 'COUNTY' && values.parentCode ? values.parentCode : undefined,
    };
    setPhase('running');
    setTenant(null);
    setProblem(null);
    try {
      const outcome = await onboardWithProgress(body, setTenant);
      setTenant(outcome.tenant ?? null);
      setCreated(outcome.created);
      setPhase('done');
    } catch (error) {
      setProblem(applyProblem(form, error));
      // A step that failed on the platform's side leaves the center FAILED: show how far it got.
      if (retriable(error)) {
        setTenant(await getTenant(body.code).then(({ tenant: after }) => after, () => null));
        setPhase('failed');
      } else {
        setTenant(null);
        setPhase('editing');
      }
    }
  };

  const again = () => {
    form.resetFields();
    setTenant(null);
    setProblem(null);
    setPhase('editing');
  };

  return (
    <>
      <Typography.Title level={2}>{t('onboardingTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('onboardingIntro')}</Typography.Paragraph>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={13}>
          <Card>
            <ProblemAlert problem={centers.problem ?? templates.problem} />
            {phase !== 'failed' && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
            <Form<Values>
              form={form}
              name="onboarding"
              layout="vertical"
              onFinish={submit}
              disabled={phase === 'running' || phase === 'done'}
              initialValues={{
                level: params.get('level') === 'CITY' ? 'CITY' : 'COUNTY',
                parentCode: params.get('parent') ?? undefined,
                template: params.get('template') ?? undefined,
              }}
            >
              <Form.Item
                name="code"
                label={t('code')}
                extra={t('codeHelp')}
                rules={[
                  { required: true, message: t('codeRequired') },
                  { pattern: /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/, message: t('codePattern') },
                ]}
              >
                <Input autoComplete="off" maxLength={40} />
              </Form.Item>
              <Form.Item name="name" label={t('name')} rules={[{ required: true, min: 2, max: 100, whitespace: true, message: t('nameRequired') }]}>
                <Input autoComplete="off" maxLength={100} placeholder="开鲁县社会治安综合治理中心" />
              </Form.Item>
              <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'CITY', label: t('level.CITY') },
                    { value: 'COUNTY', label: t('level.COUNTY') },
                  ]}
                />
              </Form.Item>
              {level === 'COUNTY' && (
                <Form.Item name="parentCode" label={t('parentCode')} extra={t('parentHelp')}>
                  <Select
                    allowClear
                    loading={centers.loading}
                    placeholder={t('parentPlaceholder')}
                    options={cities.map((city) => ({ value: city.code, label: `${city.name}（${city.code} · ${city.divisionCode}）` }))}
                  />
                </Form.Item>
              )}
              <Form.Item
                name="divisionCode"
                label={t('divisionCode')}
                extra={
                  parent
                    ? t('divisionHelpParent', { city: parent.name, division: parent.divisionCode, prefix: parent.divisionCode.slice(0, 4) })
                    : t('divisionHelp')
                }
                rules={[{ required: true, pattern: /^[0-9]{6}$/, message: t('divisionRequired') }]}
              >
                <Input autoComplete="off" maxLength={6} inputMode="numeric" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item label={t('provinceCode')} htmlFor="onboarding_provinceCode">
                <Input id="onboarding_provinceCode" value={province} readOnly style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                name="template"
                label={t('template')}
                extra={chosen?.description ?? t('templateHelp')}
                rules={[{ required: true, message: t('templateRequired') }]}
              >
                <Select
                  loading={templates.loading}
                  placeholder={t('templatePlaceholder')}
                  options={fitting.map((template) => ({
                    value: template.name,
                    label: `${template.name}（${t(`level.${template.level}`)}）`,
                  }))}
                />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={phase === 'running'}>
                  {phase === 'running' ? t('onboarding') : t('onboard')}
                </Button>
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          {phase !== 'editing' && (
            <Card title={t('progressTitle')} data-testid="onboarding-progress">
              <div aria-live="polite">
                {phase === 'running' && !tenant && <Typography.Paragraph>{t('waitingRegister')}</Typography.Paragraph>}
                {tenant && (
                  <Space style={{ marginBottom: 12 }}>
                    <Typography.Text strong>{tenant.code}</Typography.Text>
                    <StatusTag status={tenant.status} />
                  </Space>
                )}
              </div>
              <ProvisioningSteps steps={tenant?.provisioning.steps ?? []} />
              {phase === 'done' && tenant && (
                <Result
                  status="success"
                  title={t('onboardedTitle', { name: tenant.name })}
                  subTitle={
                    <>
                      {created ? t('onboardedNew') : t('onboardedAgain')}{' '}
                      {t('totalDuration', { ms: totalDuration(tenant.provisioning.steps) })}
                    </>
                  }
                  extra={
                    <Space wrap>
                      <Link to={`/console/provinces/centers?center=${encodeURIComponent(tenant.code)}`}>{t('viewInTree')}</Link>
                      <Button onClick={again}>{t('onboardAnother')}</Button>
                    </Space>
                  }
                />
              )}
              {phase === 'failed' && (
                <>
                  <Alert type="error" showIcon title={t('failedTitle')} style={{ marginBottom: 12 }} />
                  <ProblemAlert problem={problem} />
                  <Button type="primary" onClick={() => last.current && void submit(last.current)}>
                    {t('retry')}
                  </Button>
                </>
              )}
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
