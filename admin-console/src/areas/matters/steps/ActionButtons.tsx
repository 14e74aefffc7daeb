import { Button, Space } from 'antd';
import { useT } from '../../../i18n';
import { matterWords } from '../messages-matter';
import { actionKey, type Action } from './offered';
import type { CenterReferences } from './references';

/** A button's words for an action: the step, and the part it acts on when there is a choice of parts. */
export function useActionLabel(references: CenterReferences) {
  const w = useT(matterWords);
  return (action: Action): string => {
    const step = w(`step.${action.step}`);
    if ('assignment' in action) return `${step}（${references.departmentName(action.assignment.department)}）`;
    if ('whistle' in action) return `${step}（${references.departmentName(action.whistle.department)}）`;
    if ('lock' in action) return `${step}：${action.lock.title}`;
    if ('instalment' in action) return `${step} #${action.instalment.number}`;
    if ('extension' in action) return `${step} #${action.extension.number}`;
    return step;
  };
}

const PRIMARY = new Set<Action['step']>(['signAssignment', 'closeMatter', 'dispatchMatter', 'recordFollowUp']);

/** The steps offered now, as buttons, each opening its form. */
export function ActionButtons({
  actions,
  references,
  onPick,
}: {
  actions: Action[];
  references: CenterReferences;
  onPick: (action: Action) => void;
}) {
  const label = useActionLabel(references);
  return (
    <Space wrap>
      {actions.map((action) => (
        <Button
          key={actionKey(action)}
          type={PRIMARY.has(action.step) ? 'primary' : 'default'}
          autoInsertSpace={false}
          onClick={() => onPick(action)}
        >
          {label(action)}
        </Button>
      ))}
    </Space>
  );
}
