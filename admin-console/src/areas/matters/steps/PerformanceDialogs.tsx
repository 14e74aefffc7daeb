import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useLocale, useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { dayField, optional, yuan } from './fields';
import type { Instalment } from './offered';
import { StepDialog, stepHeaders, type StepDialogProps } from './StepDialog';

const notFuture = (day: dayjs.Dayjs) => day.isAfter(dayjs(), 'day');

/** 分期付款: an instalment of the payment agreement was paid (履行). */
export function InstalmentPaymentDialog({
  context,
  instalment,
  onDone,
  onCancel,
}: StepDialogProps & { readonly instalment: Instalment }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const { locale } = useLocale();
  const [form] = Form.useForm<components['schemas']['InstalmentPayment']>();
  return (
    <StepDialog
      title={w('step.recordInstalmentPayment')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ paidOn: dayjs().format('YYYY-MM-DD') }}
      submit={async (values, key) => {
        const { path, header } = stepHeaders(context, key);
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/outcome/instalments/{number}/payment',
          { params: { path: { ...path, number: instalment.number }, header }, body: { paidOn: values.paidOn } },
        );
        return data;
      }}
    >
      <Typography.Paragraph>
        {t('instalmentOf', {
          number: instalment.number,
          amount: yuan(instalment.amountFen, locale),
          due: instalment.dueOn,
        })}
      </Typography.Paragraph>
      <Form.Item name="paidOn" label={t('paidOn')} rules={[{ required: true }]} {...dayField}>
        <DatePicker disabledDate={notFuture} />
      </Form.Item>
    </StepDialog>
  );
}

/** 司法确认: the day the court accepted the application and, once it rules, the ruling's number. */
export function JudicialConfirmationDialog({ context, onDone, onCancel }: StepDialogProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['JudicialConfirmationRecord']>();
  const confirmation = context.matter.outcome?.judicialConfirmation;
  return (
    <StepDialog
      title={w('step.recordJudicialConfirmation')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      initialValues={{ appliedOn: confirmation?.appliedOn, acceptedOn: confirmation?.acceptedOn }}
      submit={async (values, key) => {
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/outcome/judicial-confirmation',
          {
            params: stepHeaders(context, key),
            body: { appliedOn: values.appliedOn, acceptedOn: values.acceptedOn, number: optional(values.number) },
          },
        );
        return data;
      }}
    >
      {confirmation && (
        <Typography.Paragraph>
          {t('court')}: {confirmation.court} · {t('applyBy')}: {confirmation.applyBy}
        </Typography.Paragraph>
      )}
      <Form.Item name="appliedOn" label={t('appliedOn')} {...dayField}>
        <DatePicker disabledDate={notFuture} disabled={Boolean(confirmation?.appliedOn)} />
      </Form.Item>
      <Form.Item name="acceptedOn" label={t('acceptedOn')} rules={[{ required: true }]} {...dayField}>
        <DatePicker disabledDate={notFuture} disabled={Boolean(confirmation?.acceptedOn)} />
      </Form.Item>
      <Form.Item name="number" label={t('rulingNumber')} rules={[{ max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
    </StepDialog>
  );
}
