import { Form, Input, Select } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { optional } from './fields';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type Triage = components['schemas']['MatterTriage'];
const COMPLEXITIES: Triage['complexity'][] = ['SIMPLE', 'NORMAL', 'DIFFICULT'];

/** 分流: confirm or change the category and class, with a reason. */
export function TriageDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Triage>();
  return (
    <StepDialog
      title={w('step.triageMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/triage', {
          params: stepHeaders(context, key),
          body: {
            categoryCode: optional(values.categoryCode),
            complexity: values.complexity || undefined,
            reason: values.reason.trim(),
          },
        });
        return data;
      }}
    >
      <Form.Item name="categoryCode" label={t('triageCategory')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={context.references.categoryName(context.matter.categoryCode)}
          options={context.references.categories.map((category) => ({
            value: category.code,
            label: `${category.name} (${category.code})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="complexity" label={t('triageComplexity')}>
        <Select
          allowClear
          placeholder={w(`complexity.${context.matter.complexity}`)}
          options={COMPLEXITIES.map((value) => ({ value, label: w(`complexity.${value!}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('triageReason')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}
