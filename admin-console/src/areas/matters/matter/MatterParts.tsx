import { Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { LightBadge } from '../../../components/lights/LightBadge';
import { useLocale, useT } from '../../../i18n';
import { supervisionWords } from '../../supervision/words';
import { matterMessages, matterWords } from '../messages-matter';
import { yuan } from '../steps/fields';
import type { Assignment, Lock, Matter, Whistle } from '../steps/offered';
import { TAG } from '../steps/colours';
import type { CenterReferences } from '../steps/references';

const at = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

const ASSIGNMENT_COLOURS: Record<Assignment['status'], string> = {
  PENDING: TAG.waiting,
  SIGNED: TAG.working,
  COMPLETED: TAG.done,
  RETURNED: TAG.bad,
  CANCELLED: TAG.neutral,
};
const WHISTLE_COLOURS: Record<Whistle['status'], string> = { AWAITING: TAG.waiting, ARRIVED: TAG.done, CANCELLED: TAG.neutral };
const LOCK_COLOURS: Record<Lock['status'], string> = {
  OPEN: TAG.waiting,
  KEY_PROPOSED: TAG.working,
  RESOLVED: TAG.done,
  CANCELLED: TAG.neutral,
};

interface PartProps {
  readonly matter: Matter;
  readonly references: CenterReferences;
}

/** 当事人: as the API gives them (in full on a single matter to those who may read it). */
export function Parties({ matter }: { matter: Matter }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  return (
    <Table
      rowKey={(party) => `${party.role}:${party.name}:${party.idNumber ?? ''}`}
      size="small"
      pagination={false}
      dataSource={matter.parties}
      columns={[
        { title: t('partyRole'), dataIndex: 'role', render: (role: Matter['parties'][number]['role']) => w(`partyRole.${role}`) },
        { title: t('partyName'), dataIndex: 'name' },
        { title: t('partyKind'), dataIndex: 'kind', render: (kind: Matter['parties'][number]['kind']) => w(`partyKind.${kind}`) },
        { title: t('idNumber'), dataIndex: 'idNumber', render: (v?: string) => v ?? '—' },
        { title: t('phone'), dataIndex: 'phone', render: (v?: string) => v ?? '—' },
      ]}
    />
  );
}

/** 分派部门: each department's assignment, its state and deadlines. */
export function Assignments({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const s = useT(supervisionWords);
  if (matter.assignments.length === 0) return null;
  return (
    <Card title={t('assignments')} size="small">
      <Table<Assignment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={matter.assignments}
        columns={[
          { title: t('department'), dataIndex: 'department', render: (code: string) => references.departmentName(code) },
          { title: t('role'), dataIndex: 'role', render: (role: Assignment['role']) => w(`role.${role}`) },
          {
            title: t('state'),
            dataIndex: 'status',
            render: (status: Assignment['status'], a) => (
              <>
                <Tag color={ASSIGNMENT_COLOURS[status]}>{w(`assignment.${status}`)}</Tag>
                {a.unsignedPastDue && <Tag color={TAG.bad}>{t('unsignedPastDue')}</Tag>}
                {a.nextDutyOn && <Tag>{t('nextDutyOn', { day: a.nextDutyOn })}</Tag>}
              </>
            ),
          },
          {
            title: t('light'),
            key: 'light',
            render: (_, a) =>
              a.light ? (
                <>
                  <LightBadge light={a.light} dueAt={a.lightDueAt} />
                  {a.supervised && <Tag color={TAG.bad}>{s('status.OPEN')}</Tag>}
                </>
              ) : (
                '—'
              ),
          },
          { title: t('responseDueAt'), dataIndex: 'responseDueAt', render: at },
          { title: t('handlingDueOn'), dataIndex: 'handlingDueOn', render: (v?: string) => v ?? '—' },
          { title: t('signedBy'), dataIndex: 'signedBy', render: (v: string | undefined, a) => (v ? `${v} ${at(a.signedAt)}` : '—') },
          { title: t('summary'), key: 'summary', render: (_, a) => a.summary ?? a.returnReason ?? '—' },
        ]}
      />
    </Card>
  );
}

/** 吹哨报到: who was summoned, for what, and whether they came in time. */
export function Whistles({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.whistles.length === 0) return null;
  return (
    <Card title={t('whistles')} size="small">
      <Table<Whistle>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={matter.whistles}
        columns={[
          { title: t('department'), dataIndex: 'department', render: (code: string) => references.departmentName(code) },
          { title: t('whistleReason'), dataIndex: 'reason' },
          { title: t('summonedBy'), key: 'by', render: (_, x) => `${x.summonedBy} ${at(x.summonedAt)}` },
          { title: t('arrivalDueAt'), dataIndex: 'arrivalDueAt', render: at },
          {
            title: t('state'),
            dataIndex: 'status',
            render: (status: Whistle['status'], x) => (
              <>
                <Tag color={WHISTLE_COLOURS[status]}>{w(`whistle.${status}`)}</Tag>
                {x.late != null && <Tag color={x.late ? TAG.bad : TAG.done}>{x.late ? t('late') : t('onTime')}</Tag>}
              </>
            ),
          },
          { title: t('arrivedPerson'), key: 'who', render: (_, x) => (x.arrivedPerson ? `${x.arrivedPerson} ${at(x.arrivedAt)}` : '—') },
        ]}
      />
    </Card>
  );
}

/** 锁与钥匙 and the joint meetings that settled them. */
export function Locks({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.locks.length === 0 && matter.jointMeetings.length === 0) return null;
  return (
    <Card title={t('locks')} size="small">
      <Table<Lock>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={matter.locks}
        columns={[
          { title: t('lockTitle'), dataIndex: 'title' },
          { title: t('department'), dataIndex: 'department', render: (code: string) => references.departmentName(code) },
          { title: t('dueOn'), dataIndex: 'dueOn', render: (v: string | undefined, l) => `${v ?? '—'} (${l.workingDays})` },
          {
            title: t('state'),
            dataIndex: 'status',
            render: (status: Lock['status']) => <Tag color={LOCK_COLOURS[status]}>{w(`lock.${status}`)}</Tag>,
          },
          {
            title: t('light'),
            key: 'light',
            render: (_, l) => {
              const clock = matter.clocks.find((c) => c.kind === 'LOCK' && c.subject === l.id);
              return l.light ? <LightBadge light={l.light} dueAt={clock?.dueAt} yellowAt={clock?.yellowAt} /> : '—';
            },
          },
          {
            title: t('keys'),
            key: 'keys',
            render: (_, l) => (l.keys.length ? l.keys[l.keys.length - 1]!.proposal : t('noKey')),
          },
        ]}
      />
      {matter.jointMeetings.length > 0 && (
        <List
          header={<Typography.Text strong>{t('jointMeetings')}</Typography.Text>}
          dataSource={matter.jointMeetings}
          renderItem={(meeting) => (
            <List.Item>
              <div>
                <div>
                  {at(meeting.heldAt)} · {t('participants')}: {meeting.participants.join('、')}
                </div>
                <div>
                  {t('plan')}: {meeting.plan} · {t('agent')}: {meeting.agent}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 调解记录, round by round. */
export function MediationSessions({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.mediationSessions.length === 0) return null;
  return (
    <Card title={t('mediationSessions')} size="small">
      <List
        dataSource={matter.mediationSessions}
        renderItem={(s) => (
          <List.Item>
            <div>
              <Typography.Text strong>
                {t('round', { round: s.round })} · {w(`mode.${s.mode}`)}
              </Typography.Text>{' '}
              · {at(s.heldAt)} · {t('mediator')}: {s.mediator.name}
              {s.mediator.department && `（${references.departmentName(s.mediator.department)}）`}
              {s.room && ` · ${t('room')}: ${s.room}`}
              <div>
                {t('participants')}: {s.participants.join('、')}
              </div>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.minutes}</Typography.Paragraph>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 办理记录: what each department did, with the files it named. */
export function HandlingRecords({ matter, references }: PartProps) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  if (matter.handlingRecords.length === 0) return null;
  const fileName = (id: string) => matter.attachments.find((a) => a.id === id)?.filename ?? id;
  return (
    <Card title={t('handlingRecords')} size="small">
      <List
        dataSource={matter.handlingRecords}
        renderItem={(r) => (
          <List.Item>
            <div>
              <Typography.Text strong>{w(`handling.${r.kind}`)}</Typography.Text>
              {r.department && ` · ${references.departmentName(r.department)}`} · {r.recordedBy} · {at(r.recordedAt)}
              <div>{r.summary}</div>
              {r.attachments.length > 0 && (
                <div>
                  {t('attachments')}: {r.attachments.map(fileName).join('、')}
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 办理结果 with its performance (instalments, judicial confirmation), and the follow-up visit. */
export function OutcomeAndFollowUp({ matter }: { matter: Matter }) {
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const { locale } = useLocale();
  const outcome = matter.outcome;
  if (!outcome && !matter.followUp) return null;
  const confirmation = outcome?.judicialConfirmation;
  return (
    <Card title={t('outcome')} size="small">
      {outcome && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('outcomeKind')}>{w(`outcome.${outcome.kind}`)}</Descriptions.Item>
          {outcome.amountFen != null && (
            <Descriptions.Item label={t('amount')}>{t('yuan', { amount: yuan(outcome.amountFen, locale) })}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('summary')}>{outcome.summary}</Descriptions.Item>
          {outcome.reason && <Descriptions.Item label={t('reason')}>{outcome.reason}</Descriptions.Item>}
          <Descriptions.Item label={t('recordedAt')}>{at(outcome.recordedAt)}</Descriptions.Item>
          {confirmation && (
            <>
              <Descriptions.Item label={t('court')}>{confirmation.court}</Descriptions.Item>
              <Descriptions.Item label={t('agreementEffectiveOn')}>{confirmation.agreementEffectiveOn}</Descriptions.Item>
              <Descriptions.Item label={t('applyBy')}>{confirmation.applyBy}</Descriptions.Item>
              <Descriptions.Item label={t('appliedOn')}>{confirmation.appliedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('acceptedOn')}>{confirmation.acceptedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('rulingNumber')}>{confirmation.number ?? '—'}</Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
      {outcome?.instalments && outcome.instalments.length > 0 && (
        <Table
          rowKey="number"
          size="small"
          pagination={false}
          dataSource={outcome.instalments}
          columns={[
            { title: t('instalmentNumber'), dataIndex: 'number' },
            { title: t('amount'), dataIndex: 'amountFen', render: (fen: number) => yuan(fen, locale) },
            { title: t('dueOn'), dataIndex: 'dueOn' },
            {
              title: t('state'),
              key: 'state',
              render: (_, i) => (
                <>
                  <Tag color={i.status === 'PAID' ? TAG.done : TAG.waiting}>{i.status === 'PAID' ? t('paid') : t('unpaid')}</Tag>
                  {i.overdue && <Tag color={TAG.bad}>{t('overdue')}</Tag>}
                </>
              ),
            },
            { title: t('paidOn'), dataIndex: 'paidOn', render: (v?: string) => v ?? '—' },
          ]}
        />
      )}
      {matter.followUp && (
        <Descriptions size="small" title={t('followUp')} column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('satisfaction')}>{w(`satisfaction.${matter.followUp.satisfaction}`)}</Descriptions.Item>
          <Descriptions.Item label={t('visitedAt')}>{at(matter.followUp.visitedAt)}</Descriptions.Item>
          {matter.followUp.remarks && <Descriptions.Item label={t('remarks')}>{matter.followUp.remarks}</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}
