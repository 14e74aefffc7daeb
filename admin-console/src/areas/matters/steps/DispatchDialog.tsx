import { Alert, Form, Input, Select } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { optional } from './fields';
import { departmentOptions } from './references';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type Dispatch = components['schemas']['MatterDispatch'];

/**
 * 分派: a lead department and any co-handlers. Left empty, the category's standard path decides;
 * another choice needs a reason (the API says so next to the field).
 */
export function DispatchDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Dispatch>();
  const { references, matter } = context;
  const path = references.categories.find((category) => category.code === matter.categoryCode)?.path;
  const options = departmentOptions(references);
  return (
    <StepDialog
      title={w('step.dispatchMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      submit={async (values, key) => {
        const lead = optional(values.leadDepartment);
        const coHandlers = values.coHandlers ?? [];
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/dispatch', {
          params: stepHeaders(context, key),
          body: {
            leadDepartment: lead,
            coHandlers: lead || coHandlers.length > 0 ? coHandlers : undefined,
            reason: optional(values.reason),
          },
        });
        return data;
      }}
    >
      {path && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('standardPath', {
            lead: references.departmentName(path.lead),
            coHandlers: path.coHandlers?.map(references.departmentName).join('、') || t('none'),
          })}
        />
      )}
      <Form.Item name="leadDepartment" label={t('dispatchLead')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="coHandlers" label={t('dispatchCoHandlers')}>
        <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="reason" label={t('dispatchReason')} rules={[{ min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}
