import { App, Button, Form, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { mayCall } from '../../../api/access';
import { tenantsApi } from '../../../api/client';
import type { components } from '../../../api/generated/tenants';
import { ProblemError, type Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { applyProblem, ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useLoad } from '../api';
import { provinces } from '../messages';

type RateLimit = components['schemas']['TenantRateLimit'];
type Setting = components['schemas']['RateLimitSetting'];

async function readLimit(code: string): Promise<{ limit: RateLimit | null; etag: string | undefined }> {
  const { data, response } = await tenantsApi.GET('/api/v1/tenants/{code}/rate-limit', { params: { path: { code } } });
  return { limit: data ?? null, etag: response.headers.get('ETag') ?? undefined };
}

/** The center's own request limit at the gateway, or that the gateway's default applies. */
export function CenterRateLimit({ code }: { code: string }) {
  const t = useT(provinces);
  const { message } = App.useApp();
  const claims = useClaims();
  const mayRead = mayCall(claims, 'getTenantRateLimit', { tenant: code });
  const maySet = mayCall(claims, 'setTenantRateLimit', { tenant: code });
  const mayRemove = mayCall(claims, 'removeTenantRateLimit', { tenant: code });
  const load = useCallback(() => readLimit(code), [code]);
  const state = useLoad(mayRead ? load : null, { limit: null, etag: undefined } as Awaited<ReturnType<typeof readLimit>>);
  const [form] = Form.useForm<Setting>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  if (!mayRead) return null;
  const limit = state.value.limit;

  const changed = (data: RateLimit | undefined, etag: string | null) => {
    state.setValue({ limit: data ?? null, etag: etag ?? undefined });
    message.success(t('rateLimitSaved'));
  };
  const failed = (error: unknown) => {
    setProblem(applyProblem(form, error));
    // A stale ETag: read the limit again, so the next try sends the current one.
    if (error instanceof ProblemError && (error.problem.status === 412 || error.problem.status === 428)) state.reload();
  };
  const set = async (setting: Setting) => {
    setSaving(true);
    setProblem(null);
    try {
      const { data, response } = await tenantsApi.PUT('/api/v1/tenants/{code}/rate-limit', {
        params: { path: { code }, header: { 'If-Match': state.value.etag } },
        body: setting,
      });
      changed(data, response.headers.get('ETag'));
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    setProblem(null);
    try {
      const { data, response } = await tenantsApi.DELETE('/api/v1/tenants/{code}/rate-limit', {
        params: { path: { code }, header: { 'If-Match': state.value.etag } },
      });
      changed(data, response.headers.get('ETag'));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section aria-labelledby="center-rate-limit">
      <Typography.Title level={4} id="center-rate-limit">
        {t('rateLimit')}
      </Typography.Title>
      <ProblemAlert problem={state.problem ?? problem} />
      <Typography.Paragraph data-testid="rate-limit">
        {limit?.source === 'OWN'
          ? t('rateLimitOwn', { rate: limit.replenishRate ?? '—', burst: limit.burstCapacity ?? '—' })
          : t('rateLimitDefault')}
      </Typography.Paragraph>
      {maySet && limit && (
        <Form<Setting>
          form={form}
          layout="inline"
          name="rate-limit"
          onFinish={set}
          key={`${limit.version}`}
          initialValues={{ replenishRate: limit.replenishRate ?? 50, burstCapacity: limit.burstCapacity ?? 100 }}
        >
          <Form.Item name="replenishRate" label={t('replenishRate')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
          <Form.Item name="burstCapacity" label={t('burstCapacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" loading={saving}>
              {t('setRateLimit')}
            </Button>
            {mayRemove && limit.source === 'OWN' && (
              <Popconfirm title={t('removeRateLimit')} onConfirm={remove}>
                <Button>{t('removeRateLimit')}</Button>
              </Popconfirm>
            )}
          </Space>
        </Form>
      )}
    </section>
  );
}
