import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import type { Lock } from './offered';
import { departmentOptions } from './references';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

/** 拆锁: split the matter into sub-claims, each with its department and deadline in working days. */
export function SplitDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['MatterSplit']>();
  const options = departmentOptions(context.references);
  return (
    <StepDialog
      title={w('step.splitMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ locks: [{ title: '', department: '', workingDays: 5 }] }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/locks', {
          params: stepHeaders(context, key),
          body: { locks: values.locks.map((lock) => ({ ...lock, title: lock.title.trim() })) },
        });
        return data;
      }}
    >
      <Typography.Text strong>{t('splitLocks')}</Typography.Text>
      <Form.List name="locks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item
                  name={[field.name, 'title']}
                  label={`${t('lockTitle')} ${index + 1}`}
                  rules={[{ required: true, max: 200 }]}
                >
                  <Input maxLength={200} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'department']}
                  label={t('lockDepartment')}
                  rules={[{ required: true }]}
                >
                  <Select showSearch={{ optionFilterProp: 'label' }} options={options} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'workingDays']}
                  label={t('workingDays')}
                  rules={[{ required: true, type: 'integer', min: 1, max: 365 }]}
                >
                  <InputNumber min={1} max={365} precision={0} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    aria-label={`${t('removeLock')} ${index + 1}`}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ workingDays: 5 })}>
              {t('addLock')}
            </Button>
          </>
        )}
      </Form.List>
    </StepDialog>
  );
}

/** 提钥匙: the lock's department proposes its solution, having established the facts. */
export function KeyDialog({ context, lock, onDone, onCancel }: StepDialogProps & { readonly lock: Lock }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['KeyProposal']>();
  return (
    <StepDialog
      title={w('step.proposeKey')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      submit={async (values, key) => {
        const { path, header } = stepHeaders(context, key);
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/locks/{lockId}/keys', {
          params: { path: { ...path, lockId: lock.id }, header },
          body: { proposal: values.proposal.trim() },
        });
        return data;
      }}
    >
      <Typography.Paragraph>
        {t('lockOf', { title: lock.title, department: context.references.departmentName(lock.department) })}
      </Typography.Paragraph>
      <Form.Item name="proposal" label={t('proposal')} rules={[{ required: true, min: 2, max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </StepDialog>
  );
}

/** 联席会议 (会商): who took part, the plan agreed, the agent who tracks it, and the locks it settles. */
export function JointMeetingDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['JointMeetingRecord']>();
  const settleable = context.matter.locks.filter((lock) => lock.status === 'KEY_PROPOSED');
  return (
    <StepDialog
      title={w('step.recordJointMeeting')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ locks: settleable.map((lock) => lock.id) }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/joint-meetings', {
          params: stepHeaders(context, key),
          body: {
            participants: values.participants,
            plan: values.plan.trim(),
            agent: values.agent.trim(),
            locks: values.locks ?? [],
          },
        });
        return data;
      }}
    >
      <Form.Item
        name="participants"
        label={t('participants')}
        extra={t('participantsHint')}
        rules={[{ required: true, type: 'array', min: 2 }]}
      >
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item name="plan" label={t('plan')} rules={[{ required: true, min: 2, max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item name="agent" label={t('meetingAgent')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      {settleable.length > 0 && (
        <Form.Item name="locks" label={t('meetingLocks')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={settleable.map((lock) => ({
              value: lock.id,
              label: `${lock.title}（${context.references.departmentName(lock.department)}）`,
            }))}
          />
        </Form.Item>
      )}
    </StepDialog>
  );
}
