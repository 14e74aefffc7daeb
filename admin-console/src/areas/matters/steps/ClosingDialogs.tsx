import { Alert, Form, Input, Radio } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { optional } from './fields';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

/** 结案 (办结): needs an outcome, every assignment complete, every whistled department arrived, every lock resolved. */
export function CloseDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['MatterClosure']>();
  return (
    <StepDialog
      title={w('step.closeMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.closeMatter')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/closure', {
          params: stepHeaders(context, key),
          body: { remarks: optional(values.remarks) },
        });
        return data;
      }}
    >
      <Form.Item name="remarks" label={t('closeRemarks')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

type FollowUp = components['schemas']['FollowUpRecord'];
const SATISFACTIONS: FollowUp['satisfaction'][] = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'];

/** 回访: the window asks the applicant how it went; unsatisfied reopens the matter (twice at most). */
export function FollowUpDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<FollowUp>();
  return (
    <StepDialog
      title={w('step.recordFollowUp')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/follow-ups', {
          params: stepHeaders(context, key),
          body: { satisfaction: values.satisfaction, remarks: optional(values.remarks) },
        });
        return data;
      }}
    >
      <Form.Item name="satisfaction" label={t('satisfaction')} rules={[{ required: true }]}>
        <Radio.Group
          options={SATISFACTIONS.map((value) => ({ value, label: w(`satisfaction.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="remarks" label={t('remarks')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

/** 撤回: the applicant withdraws; the matter's open work is cancelled. */
export function WithdrawDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['MatterWithdrawal']>();
  return (
    <StepDialog
      title={w('step.withdrawMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.withdrawMatter')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/withdrawal', {
          params: stepHeaders(context, key),
          body: { reason: values.reason.trim() },
        });
        return data;
      }}
    >
      <Alert type="warning" showIcon title={t('withdrawConfirm')} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={t('withdrawReason')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}
