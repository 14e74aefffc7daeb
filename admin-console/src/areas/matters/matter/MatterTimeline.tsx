import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { components } from '../../../api/generated/cases';
import { useLocale, useT } from '../../../i18n';
import { supervisionWords } from '../../supervision/words';
import { matterMessages, matterWords } from '../messages-matter';
import { yuan } from '../steps/fields';
import type { CenterReferences } from '../steps/references';
import { summarize } from './timelineSummary';

type MatterStep = components['schemas']['MatterStep'];

const COLOURS: Record<string, string> = {
  CLOSED: 'green',
  FOLLOWED_UP: 'green',
  WITHDRAWN: 'gray',
  ASSIGNMENT_RETURNED: 'red',
  REOPENED: 'red',
  WHISTLED: 'red',
  SUPERVISION_OPENED: 'red',
  PAUSED: 'gray',
};

/** 办理轨迹: every step of the matter, oldest first: what happened, who, when, for which department. */
export function MatterTimeline({ steps, references }: { steps: MatterStep[]; references: CenterReferences }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const s = useT(supervisionWords);
  const { locale } = useLocale();
  // A kind or value the console has no words for yet shows as the API names it.
  const word = (key: string): string => {
    const said = key.startsWith('supervision.')
      ? (s as (key: string) => string)(key.slice('supervision.'.length))
      : (w as (key: string) => string)(key);
    return said === key || said === key.slice('supervision.'.length) ? key.slice(key.lastIndexOf('.') + 1) : said;
  };
  const namer = {
    word,
    department: references.departmentName,
    category: references.categoryName,
    yuan: (fen: number) => t('yuan', { amount: yuan(fen, locale) }),
    late: (late: boolean) => (late ? t('late') : t('onTime')),
    files: (count: number) => t('filesCount', { count }),
  };
  return (
    <Timeline
      aria-label={t('timeline')}
      items={steps.map((step) => {
        const summary = summarize(step, namer);
        return {
          key: step.sequence,
          color: COLOURS[step.kind] ?? 'blue',
          title: dayjs(step.at).format('YYYY-MM-DD HH:mm'),
          content: (
            <div data-testid="timeline-step" data-kind={step.kind}>
              <Typography.Text strong>{word(`event.${step.kind}`)}</Typography.Text>
              {step.department && <span> · {references.departmentName(step.department)}</span>}
              <span> · {step.actor}</span>
              {summary && (
                <div>
                  <Typography.Text type="secondary">{summary}</Typography.Text>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
