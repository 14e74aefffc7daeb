import { Form, Modal, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import type { Problem } from '../../../api/problem';
import { applyProblem, ProblemAlert } from '../../../components/Problems';
import type { CenterReferences } from './references';
import type { Matter } from './offered';

/** What every step's form works on: the matter as last read, with the ETag it was read at. */
export interface StepContext {
  readonly tenant: string;
  readonly matter: Matter;
  readonly etag: string;
  readonly references: CenterReferences;
}

/** The props every step's dialog takes: the matter, and what to do once the step is taken or given up. */
export interface StepDialogProps {
  readonly context: StepContext;
  readonly onDone: (matter: Matter) => void;
  readonly onCancel: () => void;
}

/**
 * The path and headers of a step on the matter: the version it was decided on (If-Match, so a
 * step on a matter changed meanwhile is refused with 412 instead of taken blindly) and an
 * Idempotency-Key, so that submitting the same dialog twice takes the step once.
 */
export function stepHeaders(context: StepContext, idempotencyKey: string) {
  return {
    path: { tenant: context.tenant, matterId: context.matter.id },
    header: { 'If-Match': context.etag, 'Idempotency-Key': idempotencyKey },
  };
}

interface Props<V> {
  readonly title: ReactNode;
  readonly form: FormInstance<V>;
  readonly onCancel: () => void;
  readonly onDone: (matter: Matter) => void;
  /** Takes the step with the form's values and the dialog's idempotency key. */
  readonly submit: (values: V, idempotencyKey: string) => Promise<Matter | undefined>;
  readonly okText?: string;
  readonly initialValues?: Partial<V>;
  readonly children: ReactNode;
}

/**
 * A step's form in a dialog: the API's field errors go next to the fields at fault, anything else
 * in an alert above the form; the dialog closes once the step is taken.
 */
export function StepDialog<V extends object>({
  title,
  form,
  onCancel,
  onDone,
  submit,
  okText,
  initialValues,
  children,
}: Props<V>) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(`step-${crypto.randomUUID()}`);

  async function onOk() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const matter = await submit(values, key.current);
      if (matter) onDone(matter);
    } catch (error) {
      setProblem(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onOk={() => void onOk()}
      onCancel={onCancel}
      okText={okText}
      okButtonProps={{ loading: busy }}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={() => void onOk()}>
        {children}
      </Form>
    </Modal>
  );
}
