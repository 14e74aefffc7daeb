import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { components } from '../../../api/generated/cases';
import { LightBadge } from '../../../components/lights/LightBadge';
import { lightWords } from '../../../components/lights/words';
import { useT } from '../../../i18n';
import { dueInChina, inChina } from '../format';
import { matterMessages, matterWords } from '../messages-matter';
import { TAG } from '../steps/colours';
import type { Extension, Matter } from '../steps/offered';
import type { CenterReferences } from '../steps/references';

type MatterClock = components['schemas']['MatterClock'];
type MatterPause = components['schemas']['MatterPause'];

interface PartProps {
  readonly matter: Matter;
  readonly references: CenterReferences;
}

const EXTENSION_COLOURS: Record<Extension['status'], string> = { PENDING: TAG.waiting, APPROVED: TAG.done, REFUSED: TAG.neutral };

/** What a clock belongs to, in words: the matter itself, a lock's title, an instalment's number. */
export function subjectOf(clock: MatterClock, matter: Matter): string {
  if (clock.subject === 'matter') return '';
  const lock = matter.locks.find((l) => l.id === clock.subject);
  if (lock) return lock.title;
  if (clock.kind === 'INSTALMENT') return `#${clock.subject}`;
  return '';
}

/** The clock the matter's light is counted against: its worst, the earliest due among equals. */
export function worstClock(matter: Matter): MatterClock | undefined {
  const rank = { RED: 0, YELLOW: 1, GREEN: 2 } as const;
  return [...matter.clocks].sort((a, b) => rank[a.light] - rank[b.light] || a.dueAt.localeCompare(b.dueAt))[0];
}

/** 暂停计时: shown above everything while the matter's service clocks stand still. */
export function PausedAlert({ matter }: { matter: Matter }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const pause: MatterPause | undefined = matter.pauses.at(-1);
  if (!matter.paused) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      data-testid="paused-alert"
      style={{ marginBottom: 16 }}
      title={t('pausedTitle')}
      description={
        <>
          {pause && (
            <div>
              {t('pausedSince', { cause: w(`waitingOn.${pause.waitingOn}`), at: inChina(pause.pausedAt) })}
              {pause.reason}
            </div>
          )}
          {pause?.resumeAt && <div>{t('resumesAt', { at: inChina(pause.resumeAt) })}</div>}
          <div>{t('pausedNote')}</div>
        </>
      }
    />
  );
}

/** 计时与亮灯: every clock running now, earliest due first, each with its light. */
export function Clocks({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const l = useT(lightWords);
  return (
    <Card title={t('clocks')} size="small" data-testid="clocks">
      <Table<MatterClock>
        rowKey={(clock) => `${clock.kind}:${clock.subject}`}
        size="small"
        pagination={false}
        dataSource={matter.clocks}
        locale={{ emptyText: <Typography.Text type="secondary">{t('noClocks')}</Typography.Text> }}
        columns={[
          {
            title: t('clockKind'),
            key: 'kind',
            render: (_, clock) => {
              const subject = subjectOf(clock, matter);
              return (
                <>
                  {l(`clock.${clock.kind}`)}
                  {subject && <Typography.Text type="secondary"> · {subject}</Typography.Text>}
                  {clock.family === 'STATUTORY' && (
                    <Tag style={{ marginInlineStart: 8 }} title={l('family.STATUTORY')}>
                      {l('statutory')}
                    </Tag>
                  )}
                </>
              );
            },
          },
          { title: t('department'), dataIndex: 'department', render: (code?: string) => (code ? references.departmentName(code) : '—') },
          { title: t('clockDue'), dataIndex: 'dueAt', render: (at: string) => dueInChina(at) },
          { title: t('clockYellowAt'), dataIndex: 'yellowAt', render: (at: string) => dueInChina(at) },
          {
            title: t('light'),
            key: 'light',
            render: (_, clock) => <LightBadge light={clock.light} dueAt={clock.dueAt} yellowAt={clock.yellowAt} />,
          },
        ]}
      />
    </Card>
  );
}

/** 暂停记录: every pause, oldest first, with what it waited on and how far it moved the due times. */
export function Pauses({ matter }: { matter: Matter }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.pauses.length === 0) return null;
  return (
    <Card title={t('pauses')} size="small">
      <Table<MatterPause>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={matter.pauses}
        columns={[
          { title: t('pauseNumber'), dataIndex: 'number' },
          { title: t('waitingOn'), dataIndex: 'waitingOn', render: (cause: MatterPause['waitingOn']) => w(`waitingOn.${cause}`) },
          { title: t('reason'), dataIndex: 'reason' },
          { title: t('pausedAt'), key: 'at', render: (_, p) => `${inChina(p.pausedAt)} · ${p.pausedBy}` },
          {
            title: t('resumedAt'),
            key: 'resumed',
            render: (_, p) =>
              p.resumedAt ? (
                `${inChina(p.resumedAt)}${p.resumedBy ? ` · ${p.resumedBy}` : ''}`
              ) : (
                <Tag color={TAG.working}>{t('stillPaused')}</Tag>
              ),
          },
          {
            title: t('pausedFor'),
            key: 'moved',
            render: (_, p) =>
              p.pausedWorkingDays != null || p.pausedWorkingMinutes != null
                ? t('pausedWorking', { days: p.pausedWorkingDays ?? 0, minutes: p.pausedWorkingMinutes ?? 0 })
                : '—',
          },
        ]}
      />
    </Card>
  );
}

/** 延期申请: every extension asked for, pending ones waiting for a supervisor's decision. */
export function Extensions({ matter }: { matter: Matter }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.extensions.length === 0) return null;
  return (
    <Card title={t('extensions')} size="small" data-testid="extensions">
      <Table<Extension>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={matter.extensions}
        columns={[
          { title: t('pauseNumber'), dataIndex: 'number' },
          { title: t('extensionClock'), dataIndex: 'clock', render: (clock: Extension['clock']) => w(`extensionClock.${clock}`) },
          {
            title: t('extensionDays'),
            key: 'days',
            render: (_, e) => (e.clock === 'PETITION' ? t('daysCalendar', { days: e.days }) : t('daysWorking', { days: e.days })),
          },
          { title: t('reason'), dataIndex: 'reason' },
          { title: t('requestedBy'), key: 'by', render: (_, e) => `${e.requestedBy} · ${inChina(e.requestedAt)}` },
          {
            title: t('state'),
            dataIndex: 'status',
            render: (status: Extension['status']) => <Tag color={EXTENSION_COLOURS[status]}>{w(`extension.${status}`)}</Tag>,
          },
          {
            title: t('decidedBy'),
            key: 'decided',
            render: (_, e) =>
              e.decidedBy ? (
                <>
                  {e.decidedBy} · {e.decidedAt ? inChina(e.decidedAt) : ''}
                  {e.remarks && <div>{e.remarks}</div>}
                </>
              ) : (
                '—'
              ),
          },
          {
            title: t('dueMoved'),
            key: 'moved',
            render: (_, e) => (e.previousDueAt && e.newDueAt ? `${dueInChina(e.previousDueAt)} → ${dueInChina(e.newDueAt)}` : '—'),
          },
        ]}
      />
    </Card>
  );
}
