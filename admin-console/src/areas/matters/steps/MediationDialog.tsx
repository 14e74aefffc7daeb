import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { instantField, optional } from './fields';
import { departmentOptions } from './references';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type Session = components['schemas']['MediationSessionRecord'];

/** 调解: one session, joint or back to back (背对背), with who mediated, where, who took part and the minutes. */
export function MediationDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Session>();
  const { references } = context;
  return (
    <StepDialog
      title={w('step.recordMediationSession')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ mode: 'JOINT' }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/mediation-sessions', {
          params: stepHeaders(context, key),
          body: {
            mode: values.mode,
            mediator: { name: values.mediator.name.trim(), department: optional(values.mediator.department) },
            room: optional(values.room),
            participants: values.participants,
            minutes: values.minutes.trim(),
            heldAt: values.heldAt,
          },
        });
        return data;
      }}
    >
      <Form.Item name="mode" label={t('mediationMode')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['JOINT', 'BACK_TO_BACK'] as const).map((mode) => ({ value: mode, label: w(`mode.${mode}`) }))}
        />
      </Form.Item>
      <Form.Item name={['mediator', 'name']} label={t('mediatorName')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={['mediator', 'department']} label={t('mediatorDepartment')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departmentOptions(references)} />
      </Form.Item>
      <Form.Item name="room" label={t('room')}>
        <Select allowClear options={references.rooms.map((room) => ({ value: room, label: room }))} />
      </Form.Item>
      <Form.Item
        name="participants"
        label={t('participants')}
        extra={t('participantsHint')}
        rules={[{ required: true, type: 'array', min: 1 }]}
      >
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item name="minutes" label={t('minutes')} rules={[{ required: true, min: 2, max: 20000 }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      <Form.Item name="heldAt" label={t('heldAt')} {...instantField}>
        <DatePicker showTime disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </StepDialog>
  );
}
