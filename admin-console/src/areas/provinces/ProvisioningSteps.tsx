import { Steps, Typography } from 'antd';
import { useT } from '../../i18n';
import type { components } from '../../api/generated/tenants';
import { provinces } from './messages';

type Step = components['schemas']['ProvisioningStep'];
type StepName = Step['name'];

/** The onboarding steps in the order the platform runs them. */
export const STEP_NAMES: readonly StepName[] = [
  'REGISTER',
  'CREATE_SCHEMA',
  'MIGRATE_TENANT_SERVICE',
  'MIGRATE_CASE_SERVICE',
  'SEED_CONFIGURATION',
  'ACTIVATE',
];

const STEPS_STATUS = { PENDING: 'wait', RUNNING: 'process', DONE: 'finish', FAILED: 'error' } as const;

/**
 * Every onboarding step with its state, duration and attempts, as far as the center's
 * provisioning record has them; a step it does not mention yet is still waiting.
 */
export function ProvisioningSteps({ steps, size = 'medium' }: { steps: readonly Step[]; size?: 'small' | 'medium' }) {
  const t = useT(provinces);
  const byName = new Map(steps.map((step) => [step.name, step]));
  return (
    <Steps
      orientation="vertical"
      size={size}
      data-testid="provisioning-steps"
      items={STEP_NAMES.map((name) => {
        const step = byName.get(name);
        const status = step?.status ?? 'PENDING';
        return {
          key: name,
          status: STEPS_STATUS[status],
          title: t(`step.${name}`),
          content: (
            <span data-step={name} data-step-status={status}>
              {t(`stepStatus.${status}`)}
              {step?.durationMs != null && ` · ${t('stepDuration', { ms: step.durationMs })}`}
              {step && step.attempts > 1 && ` · ${t('stepAttempts', { n: step.attempts })}`}
              {step?.error && (
                <Typography.Text type="danger" style={{ display: 'block' }}>
                  {step.error}
                </Typography.Text>
              )}
            </span>
          ),
        };
      })}
    />
  );
}

/** How long the finished steps took together. */
export function totalDuration(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + (step.durationMs ?? 0), 0);
}
