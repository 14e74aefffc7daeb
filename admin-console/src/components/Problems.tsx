import { Alert, type FormInstance } from 'antd';
import { useT } from '../i18n';
import { common } from '../i18n/common';
import { namePathOf, ProblemError, type Problem } from '../api/problem';

/**
 * Puts a problem's field errors next to the fields at fault; answers the problem when some of it
 * (or all) belongs to no field of the form, for a ProblemAlert above it.
 */
export function applyProblem(form: FormInstance, error: unknown): Problem | null {
  if (!(error instanceof ProblemError)) {
    return { title: error instanceof Error ? error.message : String(error), status: 0 };
  }
  const problem = error.problem;
  const fields = problem.errors ?? [];
  const registered = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const known = fields.filter((field) => registered.has(JSON.stringify(namePathOf(field.field))));
  form.setFields(
    known.map((field) => ({
      name: namePathOf(field.field),
      errors: [field.allowedValues ? `${field.message} (${field.allowedValues.join(', ')})` : field.message],
    })),
  );
  const rest = fields.filter((field) => !known.includes(field));
  if (known.length > 0 && rest.length === 0) return null;
  return { ...problem, errors: rest };
}

/** A problem shown as an alert: its title, detail, any field errors no form field took, and its request id. */
export function ProblemAlert({ problem, onClose }: { problem: Problem | null; onClose?: () => void }) {
  const t = useT(common);
  if (!problem) return null;
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      closable={onClose ? { onClose } : undefined}
      title={problem.title}
      style={{ marginBottom: 16 }}
      description={
        <>
          {problem.detail && <div>{problem.detail}</div>}
          {problem.errors?.map((field) => (
            <div key={field.field}>
              <code>{field.field}</code>: {field.message}
            </div>
          ))}
          {problem.requestId && (
            <div style={{ opacity: 0.7 }}>
              {t('requestId')}: {problem.requestId}
            </div>
          )}
        </>
      }
    />
  );
}

export function problemOf(error: unknown): Problem {
  return error instanceof ProblemError
    ? error.problem
    : { title: error instanceof Error ? error.message : String(error), status: 0 };
}
