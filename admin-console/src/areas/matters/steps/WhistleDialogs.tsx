import { Form, Input, Select, Typography } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import type { Whistle } from './offered';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

/** 吹哨: summon a department stationed at the center (typically an on-call one) to come for the matter. */
export function WhistleDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['WhistleRequest']>();
  const { references } = context;
  // On-call departments first: they are the ones a whistle is for.
  const departments = [...references.departments].sort(
    (a, b) => Number(b.mode === 'ON_CALL') - Number(a.mode === 'ON_CALL'),
  );
  return (
    <StepDialog
      title={w('step.whistleDepartment')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.whistleDepartment')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/whistles', {
          params: stepHeaders(context, key),
          body: { department: values.department, reason: values.reason.trim() },
        });
        return data;
      }}
    >
      <Form.Item name="department" label={t('whistleDepartment')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={departments.map((department) => ({
            value: department.code,
            label: `${references.departmentName(department.code)} (${department.code})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('whistleReasonLabel')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

/** 报到: who came for the summoned department (now). */
export function ArrivalDialog({ context, whistle, onDone, onCancel }: StepDialogProps & { readonly whistle: Whistle }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['ArrivalRecord']>();
  return (
    <StepDialog
      title={w('step.recordArrival')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.recordArrival')}
      submit={async (values, key) => {
        const { path, header } = stepHeaders(context, key);
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/whistles/{whistleId}/arrival',
          { params: { path: { ...path, whistleId: whistle.id }, header }, body: { person: values.person.trim() } },
        );
        return data;
      }}
    >
      <Typography.Paragraph>
        {t('whistleOf', { department: context.references.departmentName(whistle.department) })}: {whistle.reason}
      </Typography.Paragraph>
      <Form.Item name="person" label={t('arrivalPerson')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
    </StepDialog>
  );
}
