import { Alert, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { dueInChina, inChina } from '../format';
import { matterMessages, matterWords } from '../messages-matter';
import { instantField, optional } from './fields';
import type { Extension } from './offered';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

type Schemas = components['schemas'];
const CAUSES: Schemas['PauseCause'][] = ['CITIZEN', 'OUTSIDE_BODY'];

/** Whether the matter is a petition (信访), whose statutory clock can be extended once. */
export function isPetition(matter: StepDialogProps['context']['matter']): boolean {
  return matter.petitionDueAt != null || matter.channel === 'PETITION_BUREAU';
}

/**
 * 暂停计时: the matter waits on the citizen's supplementary materials or on an outside body; its
 * service clocks stop (and move on by the working time paused when it resumes), its statutory
 * clocks run on.
 */
export function PauseDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Schemas['PauseRequest']>();
  return (
    <StepDialog
      title={w('step.pauseMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.pauseMatter')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/pause', {
          params: stepHeaders(context, key),
          body: { waitingOn: values.waitingOn, reason: values.reason.trim(), resumeAt: values.resumeAt || undefined },
        });
        return data;
      }}
    >
      <Alert type="info" showIcon title={t('pauseHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="waitingOn" label={t('waitingOn')} rules={[{ required: true, message: t('required', { field: t('waitingOn') }) }]}>
        <Radio.Group options={CAUSES.map((value) => ({ value, label: w(`waitingOn.${value}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('pauseReason')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="resumeAt" label={t('pauseResumeAt')} {...instantField}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </StepDialog>
  );
}

/** 恢复计时: the wait is over; the service clocks run again, their due times moved by the working time paused. */
export function ResumeDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Schemas['ResumeRequest']>();
  const pause = context.matter.pauses.at(-1);
  return (
    <StepDialog
      title={w('step.resumeMatter')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.resumeMatter')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/resume', {
          params: stepHeaders(context, key),
          body: { remarks: optional(values.remarks) },
        });
        return data;
      }}
    >
      {pause && (
        <Typography.Paragraph>
          {t('pausedSince', { cause: w(`waitingOn.${pause.waitingOn}`), at: inChina(pause.pausedAt) })}
          {pause.reason}
        </Typography.Paragraph>
      )}
      <Form.Item name="remarks" label={t('resumeRemarks')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

/**
 * 申请延期: more time for the closure due (working days) or, for a petition, its statutory clock
 * (calendar days, at most 30, once); a supervisor approves or refuses it.
 */
export function ExtensionDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Schemas['ExtensionRequest']>();
  const { matter } = context;
  const petition = isPetition(matter);
  const clock = Form.useWatch('clock', form) ?? 'CLOSURE';
  const clocks: Schemas['ExtensionClock'][] = petition ? ['CLOSURE', 'PETITION'] : ['CLOSURE'];
  const due = clock === 'PETITION' ? matter.petitionDueAt && dueInChina(matter.petitionDueAt) : matter.closureDueOn;
  return (
    <StepDialog
      title={w('step.requestExtension')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.requestExtension')}
      initialValues={{ clock: 'CLOSURE' }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/extensions', {
          params: stepHeaders(context, key),
          body: { clock: values.clock, days: values.days, reason: values.reason.trim() },
        });
        return data;
      }}
    >
      <Form.Item name="clock" label={t('extensionClockLabel')} rules={[{ required: true }]}>
        <Radio.Group options={clocks.map((value) => ({ value, label: w(`extensionClock.${value}`) }))} />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        {t('currentDue', { due: due || '—' })} ·{' '}
        {clock === 'PETITION' ? t('extensionDaysHintPetition') : t('extensionDaysHintClosure')}
      </Typography.Paragraph>
      <Form.Item name="days" label={t('extensionDays')} rules={[{ required: true, message: t('required', { field: t('extensionDays') }) }]}>
        <InputNumber min={1} max={clock === 'PETITION' ? 30 : 60} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('extensionReason')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

interface Decision {
  approved: boolean;
  remarks?: string;
}

/** 审批延期: a supervisor approves a pending extension or refuses it with the reason. */
export function DecideExtensionDialog({ context, extension, onDone, onCancel }: StepDialogProps & { readonly extension: Extension }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<Decision>();
  const approved = Form.useWatch('approved', form);
  return (
    <StepDialog
      title={`${w('step.decideExtension')} #${extension.number}`}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.decideExtension')}
      submit={async (values, key) => {
        const { path, header } = stepHeaders(context, key);
        const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/matters/{matterId}/extensions/{number}/decision', {
          params: { path: { ...path, number: extension.number }, header },
          body: { approved: values.approved, remarks: optional(values.remarks) },
        });
        return data;
      }}
    >
      <Typography.Paragraph>
        {t('extensionOf', {
          number: extension.number,
          clock: w(`extensionClock.${extension.clock}`),
          days: extension.clock === 'PETITION' ? t('daysCalendar', { days: extension.days }) : t('daysWorking', { days: extension.days }),
          by: extension.requestedBy,
          at: inChina(extension.requestedAt),
        })}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{extension.reason}</Typography.Paragraph>
      <Form.Item name="approved" label={t('decision')} rules={[{ required: true, message: t('required', { field: t('decision') }) }]}>
        <Radio.Group
          options={[
            { value: true, label: t('approve') },
            { value: false, label: t('refuse') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="remarks"
        label={t('decisionRemarks')}
        dependencies={['approved']}
        rules={[
          { max: 1000 },
          { required: approved === false, whitespace: true, message: t('remarksRequired') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}
