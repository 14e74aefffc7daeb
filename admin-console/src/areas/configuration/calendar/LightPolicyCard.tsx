import { Alert, Button, Card, Descriptions, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { components } from '../../../api/generated/configuration';
import type { Problem } from '../../../api/problem';
import { applyProblem, ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { b } from '../messages-b';
import { remapProblem } from '../problemPaths';

export type LightPolicy = components['schemas']['LightPolicy'];

/** What the platform uses when the center sets nothing (configuration.yaml, LightPolicy). */
export const DEFAULT_LIGHTS: Required<LightPolicy> = {
  yellowAtPercent: 67,
  yellowWithinMinutes: 0,
  superviseUnsignedAfterMinutes: 60,
  supervisionWorkingDays: 3,
};

const FIELDS = [
  { name: 'yellowAtPercent', min: 1, max: 99, unit: 'cal.lightsPercent' },
  { name: 'yellowWithinMinutes', min: 0, max: 10080, unit: 'cal.lightsMinutes' },
  { name: 'superviseUnsignedAfterMinutes', min: 0, max: 10080, unit: 'cal.lightsWorkingMinutes' },
  { name: 'supervisionWorkingDays', min: 1, max: 60, unit: 'cal.lightsWorkingDays' },
] as const;

interface Props {
  readonly lights: LightPolicy | undefined;
  readonly mayEdit: boolean;
  readonly saving: boolean;
  readonly conflict: boolean;
  /** Saves the calendar section with this policy; answers whether it was saved, handing any other error to `onError`. */
  readonly save: (lights: LightPolicy, onError: (error: unknown) => void) => Promise<boolean>;
}

/**
 * 亮灯与督办: when a clock turns yellow (a share of its time used, or little time left), how long an
 * assignment may stay unsigned past its due before it is supervised, and how long an item opened
 * by itself has. Kept in the calendar section (calendar.lights), whose field errors come back as
 * `calendar.lights.<field>`.
 */
export function LightPolicyCard({ lights, mayEdit, saving, conflict, save }: Props) {
  const t = useT(b);
  const [form] = Form.useForm<Required<LightPolicy>>();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const shown = { ...DEFAULT_LIGHTS, ...lights };

  function edit() {
    setProblem(null);
    form.setFieldsValue(shown);
    setEditing(true);
  }

  async function submit(values: Required<LightPolicy>) {
    const saved = await save(values, (error) =>
      setProblem(applyProblem(form, remapProblem(error, (field) => field.replace(/^calendar\.lights\./, '')))),
    );
    if (saved) setEditing(false);
  }

  return (
    <Card title={t('cal.lights')} style={{ marginBottom: 16 }} data-testid="light-policy">
      <Descriptions column={1} size="small">
        {FIELDS.map((field) => (
          <Descriptions.Item key={field.name} label={t(`cal.lights.${field.name}`)}>
            {t(field.unit, { n: shown[field.name] })}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {lights ? t('cal.lightsOwn') : t('cal.lightsDefault')}
      </Typography.Paragraph>
      {mayEdit && <Button onClick={edit}>{t('cal.editLights')}</Button>}
      <Modal
        open={editing}
        title={t('cal.editLights')}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setEditing(false)}
        forceRender
      >
        {conflict && <Alert type="warning" showIcon role="alert" title={t('conflict')} description={t('conflictKept')} style={{ marginBottom: 16 }} />}
        <ProblemAlert problem={editing ? problem : null} />
        <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setProblem(null)}>
          {FIELDS.map((field) => (
            <Form.Item
              key={field.name}
              name={field.name}
              label={t(`cal.lights.${field.name}`)}
              extra={t(`cal.lightsHint.${field.name}`)}
              rules={[{ required: true, message: t('required') }]}
            >
              <InputNumber min={field.min} max={field.max} precision={0} style={{ width: 160 }} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Card>
  );
}
