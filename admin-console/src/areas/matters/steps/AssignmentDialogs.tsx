import { Form, Input, Typography } from 'antd';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import { useT } from '../../../i18n';
import { matterMessages, matterWords } from '../messages-matter';
import { optional } from './fields';
import type { Assignment } from './offered';
import { StepDialog, stepHeaders, type StepContext, type StepDialogProps } from './StepDialog';

type AssignmentProps = StepDialogProps & { readonly assignment: Assignment };

function assignmentParams(context: StepContext, assignment: Assignment, key: string) {
  const { path, header } = stepHeaders(context, key);
  return { path: { ...path, assignmentId: assignment.id }, header };
}

function Whose({ context, assignment }: { context: StepContext; assignment: Assignment }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  return (
    <Typography.Paragraph>
      {t('assignmentOf', {
        department: context.references.departmentName(assignment.department),
        role: w(`role.${assignment.role}`),
      })}
    </Typography.Paragraph>
  );
}

/** 签收: the department takes its assignment on. */
export function SignDialog({ context, assignment, onDone, onCancel }: AssignmentProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['AssignmentSignature']>();
  return (
    <StepDialog
      title={w('step.signAssignment')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.signAssignment')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/assignments/{assignmentId}/signature',
          { params: assignmentParams(context, assignment, key), body: { note: optional(values.note) } },
        );
        return data;
      }}
    >
      <Whose context={context} assignment={assignment} />
      <Form.Item name="note" label={t('note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

/** 退回: the department sends its unsigned assignment back, with a reason, to be re-dispatched. */
export function ReturnDialog({ context, assignment, onDone, onCancel }: AssignmentProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['AssignmentReturn']>();
  return (
    <StepDialog
      title={w('step.returnAssignment')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.returnAssignment')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/assignments/{assignmentId}/return',
          { params: assignmentParams(context, assignment, key), body: { reason: values.reason.trim() } },
        );
        return data;
      }}
    >
      <Whose context={context} assignment={assignment} />
      <Form.Item name="reason" label={t('returnReason')} rules={[{ required: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepDialog>
  );
}

/** 办结 (of an assignment): the department's part is done, with what it did. */
export function CompleteDialog({ context, assignment, onDone, onCancel }: AssignmentProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const [form] = Form.useForm<components['schemas']['AssignmentCompletion']>();
  return (
    <StepDialog
      title={w('step.completeAssignment')}
      form={form}
      onCancel={onCancel}
      onDone={onDone}
      okText={w('step.completeAssignment')}
      submit={async (values, key) => {
        const { data } = await casesApi.POST(
          '/api/v1/tenants/{tenant}/matters/{matterId}/assignments/{assignmentId}/completion',
          { params: assignmentParams(context, assignment, key), body: { summary: values.summary.trim() } },
        );
        return data;
      }}
    >
      <Whose context={context} assignment={assignment} />
      <Form.Item name="summary" label={t('completionSummary')} rules={[{ required: true, min: 2, max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </StepDialog>
  );
}
