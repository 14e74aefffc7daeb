import { Checkbox, Form, Input, Select } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type HandlingInput = components['schemas']['HandlingRecordInput'];
const KINDS: HandlingInput['kind'][] = ['VISIT', 'SITE_MEASUREMENT', 'CALL', 'MEETING', 'DOCUMENT', 'OTHER'];

/**
 * 办理记录: what a department did, naming files already attached to the matter; the files no
 * record names yet are ticked to begin with.
 */
export function HandlingRecordDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<HandlingInput>();
  const { matter } = context;
  const named = new Set(matter.handlingRecords.flatMap((record) => record.attachments));
  return (
    <StepDialog
      title={w('step.addHandlingRecord')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{
        kind: 'VISIT',
        attachments: matter.attachments.filter((file) => !named.has(file.id)).map((file) => file.id),
      }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/handling-records', {
          params: stepHeaders(context, key),
          body: { kind: values.kind, summary: values.summary.trim(), attachments: values.attachments ?? [] },
        });
        return data;
      }}
    >
      <Form.Item name="kind" label={t('handlingKind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((kind) => ({ value: kind, label: w(`handling.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('handlingSummary')} rules={[{ required: true, min: 2, max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      {matter.attachments.length > 0 && (
        <Form.Item name="attachments" label={t('handlingAttachments')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={matter.attachments.map((file) => ({ value: file.id, label: file.filename }))}
          />
        </Form.Item>
      )}
    </StepDialog>
  );
}
