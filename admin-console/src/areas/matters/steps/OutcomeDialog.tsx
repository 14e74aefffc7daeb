import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { dayField, optional, yuanField } from './fields';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type Outcome = components['schemas']['OutcomeRecord'];
const KINDS: Outcome['kind'][] = [
  'MEDIATED_AGREEMENT',
  'PAYMENT_AGREEMENT',
  'JUDICIAL_CONFIRMATION',
  'REFERRED_TO_LITIGATION',
  'REFERRED_TO_ARBITRATION',
  'REFERRED_TO_PETITIONS',
  'WITHDRAWN',
  'NOT_RESOLVED',
];

/**
 * 办理结果: what came of the matter. A payment agreement names its amount and may be paid in
 * instalments; a judicial confirmation names the court and the day the agreement took effect;
 * "not resolved" says why. Only the fields of the chosen kind are shown and sent.
 */
export function OutcomeDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Outcome>();
  const kind = Form.useWatch('kind', form);
  return (
    <StepDialog
      title={w('step.recordOutcome')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ amountFen: context.matter.amountFen }}
      submit={async (values, key) => {
        const body: Outcome = { kind: values.kind, summary: values.summary.trim() };
        if (values.amountFen != null) body.amountFen = values.amountFen;
        if (values.kind === 'NOT_RESOLVED') body.reason = optional(values.reason);
        if (values.kind === 'PAYMENT_AGREEMENT' && values.instalments?.length) body.instalments = values.instalments;
        if (values.kind === 'JUDICIAL_CONFIRMATION') {
          body.court = optional(values.court);
          body.agreementEffectiveOn = values.agreementEffectiveOn;
        }
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/outcome', {
          params: stepHeaders(context, key),
          body,
        });
        return data;
      }}
    >
      <Form.Item name="kind" label={t('outcomeKind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((value) => ({ value, label: w(`outcome.${value}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('summary')} rules={[{ required: true, min: 2, max: 5000 }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('amountYuan')}
        rules={[{ required: kind === 'PAYMENT_AGREEMENT' }]}
        {...yuanField}
      >
        <InputNumber min={0} precision={2} style={{ width: 200 }} />
      </Form.Item>
      {kind === 'NOT_RESOLVED' && (
        <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      {kind === 'PAYMENT_AGREEMENT' && (
        <Form.Item label={t('instalments')} name="instalments" style={{ marginBottom: 0 }}>
          <Form.List name="instalments">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Typography.Text style={{ lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                    <Form.Item
                      name={[field.name, 'amountFen']}
                      label={t('instalmentAmount')}
                      rules={[{ required: true }]}
                      {...yuanField}
                    >
                      <InputNumber min={0.01} precision={2} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'dueOn']}
                      label={t('instalmentDue')}
                      rules={[{ required: true }]}
                      {...dayField}
                    >
                      <DatePicker />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`${t('removeLock')} ${index + 1}`}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 24 }}>
                  {t('addInstalment')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      {kind === 'JUDICIAL_CONFIRMATION' && (
        <>
          <Form.Item name="court" label={t('court')} rules={[{ required: true, min: 2, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="agreementEffectiveOn"
            label={t('agreementEffectiveOn')}
            rules={[{ required: true }]}
            {...dayField}
          >
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </>
      )}
    </StepDialog>
  );
}
