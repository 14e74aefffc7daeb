import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { LightBadge, PausedBadge } from '../../../components/lights/LightBadge';
import { ProblemAlert } from '../../../components/Problems';
import { useClaims } from '../../../auth/useSession';
import { useLocale, useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { matterMessages, matterWords } from '../messages-matter';
import { ActionButtons, useActionLabel } from '../steps/ActionButtons';
import { ActionDialog } from '../steps/ActionDialog';
import { yuan } from '../steps/fields';
import { offeredActions, type Action, type Matter } from '../steps/offered';
import { TAG } from '../steps/colours';
import { useCenterReferences } from '../steps/references';
import { dueInChina } from '../format';
import { Attachments } from './Attachments';
import { Clocks, Extensions, PausedAlert, Pauses, worstClock } from './ClockParts';
import { Assignments, HandlingRecords, Locks, MediationSessions, OutcomeAndFollowUp, Parties, Whistles } from './MatterParts';
import { MatterTimeline } from './MatterTimeline';
import { SupervisionCard } from './SupervisionCard';
import { useMatter } from './useMatter';

const STATUS_COLOURS: Record<Matter['status'], string> = {
  REGISTERED: TAG.neutral,
  TRIAGED: TAG.triaged,
  DISPATCHED: TAG.waiting,
  IN_HANDLING: TAG.working,
  CLOSED: TAG.done,
  FOLLOWED_UP: TAG.done,
  WITHDRAWN: TAG.neutral,
};
const OPEN: readonly Matter['status'][] = ['REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING'];

/** A deadline, in red with "overdue" once it has passed while the matter waits on it. */
function Due({ value, passed }: { value: string; passed: boolean }) {
  const t = useT(matterMessages);
  return passed ? (
    <Typography.Text style={{ color: TAG.bad }}>
      {value} <Tag color={TAG.bad}>{t('overdue')}</Tag>
    </Typography.Text>
  ) : (
    <>{value}</>
  );
}

/**
 * 事项详情: the matter, its parties, its departments' work (assignments, whistles, locks, mediation,
 * handling records, files), its outcome and follow-up, its timeline, and only the steps the caller
 * may take now, each a form; the page reads the matter again after each step.
 */
export default function MatterPage() {
  const { matterId = '' } = useParams();
  const claims = useClaims();
  const tenant = claims?.tenant ?? '';
  const t = useT(matterMessages);
  const w = useT(matterWords);
  const c = useT(common);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const references = useCenterReferences();
  const label = useActionLabel(references);
  const { matter, etag, timeline, problem, loading, reload } = useMatter(tenant, matterId);
  const [action, setAction] = useState<Action | null>(null);

  if (!matter) {
    return (
      <>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        {problem ? <ProblemAlert problem={{ ...problem, title: `${t('loadFailed')}: ${problem.title}` }} /> : <Skeleton active />}
      </>
    );
  }

  const actions = offeredActions(matter, { department: claims?.department }, (step) => mayCall(claims, step));
  const open = OPEN.includes(matter.status);
  const now = dayjs();
  const mayUpload = mayCall(claims, 'uploadAttachment') && matter.status !== 'FOLLOWED_UP' && matter.status !== 'WITHDRAWN';
  const context = { tenant, matter, etag, references };
  const worst = worstClock(matter);

  return (
    <>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title')} {matter.code}
        </Typography.Title>
        <Tag color={STATUS_COLOURS[matter.status]} data-testid="matter-status">
          {w(`status.${matter.status}`)}
        </Tag>
        {worst && <LightBadge light={matter.light} dueAt={worst.dueAt} yellowAt={worst.yellowAt} />}
        {matter.paused && <PausedBadge />}
        {matter.supervisionRequired && <Tag color={TAG.bad}>{t('supervisionRequired')}</Tag>}
      </Space>
      <Space style={{ marginBottom: 16 }} wrap>
        <Link to="/console/matters/ledger">{t('back')}</Link>
        <Link to={`/console/matters/${matter.id}/receipt`}>{t('receipt')}</Link>
        <Button size="small" onClick={() => void reload()} loading={loading}>
          {c('refresh')}
        </Button>
      </Space>
      <ProblemAlert problem={problem} />
      <PausedAlert matter={matter} />

      <Card title={t('stepsNow')} size="small" style={{ marginBottom: 16 }}>
        {actions.length > 0 ? (
          <ActionButtons actions={actions} references={references} onPick={setAction} />
        ) : (
          <Typography.Text type="secondary">{t('noSteps')}</Typography.Text>
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
                <Descriptions.Item label={t('code')}>{matter.code}</Descriptions.Item>
                <Descriptions.Item label={c('status')}>{w(`status.${matter.status}`)}</Descriptions.Item>
                <Descriptions.Item label={t('category')}>{references.categoryName(matter.categoryCode)}</Descriptions.Item>
                <Descriptions.Item label={t('complexity')}>{w(`complexity.${matter.complexity}`)}</Descriptions.Item>
                <Descriptions.Item label={t('channel')}>{w(`channel.${matter.channel}`)}</Descriptions.Item>
                <Descriptions.Item label={t('leadDepartment')}>
                  {matter.leadDepartment ? references.departmentName(matter.leadDepartment) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('registeredAt')}>{dayjs(matter.registeredAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
                <Descriptions.Item label={t('responseDueAt')}>
                  {matter.responseDueAt ? (
                    <Due
                      value={dayjs(matter.responseDueAt).format('YYYY-MM-DD HH:mm')}
                      passed={(matter.status === 'REGISTERED' || matter.status === 'TRIAGED') && now.isAfter(matter.responseDueAt)}
                    />
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('closureDueOn')}>
                  {matter.closureDueOn ? (
                    <Due value={matter.closureDueOn} passed={open && now.isAfter(dayjs(matter.closureDueOn).endOf('day'))} />
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                {matter.closedAt && (
                  <Descriptions.Item label={t('closedAt')}>
                    {dayjs(matter.closedAt).format('YYYY-MM-DD HH:mm')}
                    {matter.closedOnTime === false && <Tag color={TAG.bad} style={{ marginInlineStart: 8 }}>{t('overdue')}</Tag>}
                  </Descriptions.Item>
                )}
                {matter.petitionDueAt && (
                  <Descriptions.Item label={t('petitionDueAt')}>
                    <Due value={dueInChina(matter.petitionDueAt)} passed={open && now.isAfter(matter.petitionDueAt)} />
                  </Descriptions.Item>
                )}
                {matter.followUpDueOn && (
                  <Descriptions.Item label={t('followUpDueOn')}>
                    <Due
                      value={matter.followUpDueOn}
                      passed={matter.status === 'CLOSED' && now.isAfter(dayjs(matter.followUpDueOn).endOf('day'))}
                    />
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('amount')}>
                  {matter.amountFen != null ? t('yuan', { amount: yuan(matter.amountFen, locale) }) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('place')}>{matter.place ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('occurredOn')}>{matter.occurredOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('orgUnit')}>{matter.orgUnitCode}</Descriptions.Item>
                {matter.agent && <Descriptions.Item label={t('agent')}>{matter.agent}</Descriptions.Item>}
                {matter.returnCount > 0 && <Descriptions.Item label={t('returnCount')}>{matter.returnCount}</Descriptions.Item>}
                {matter.reopenCount > 0 && <Descriptions.Item label={t('reopenCount')}>{matter.reopenCount}</Descriptions.Item>}
                {matter.withdrawalReason && (
                  <Descriptions.Item label={t('withdrawalReason')}>{matter.withdrawalReason}</Descriptions.Item>
                )}
                <Descriptions.Item label={t('description')} span="filled">
                  <span style={{ whiteSpace: 'pre-wrap' }}>{matter.description}</span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Clocks matter={matter} references={references} />
            <Pauses matter={matter} />
            <Extensions matter={matter} />
            <Card title={t('parties')} size="small">
              <Parties matter={matter} />
            </Card>
            <Assignments matter={matter} references={references} />
            <Whistles matter={matter} references={references} />
            <Locks matter={matter} references={references} />
            <MediationSessions matter={matter} references={references} />
            <HandlingRecords matter={matter} references={references} />
            <OutcomeAndFollowUp matter={matter} />
            <Attachments tenant={tenant} matter={matter} mayUpload={mayUpload} onUploaded={() => void reload()} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <SupervisionCard tenant={tenant} matter={matter} references={references} onOpened={() => void reload()} />
          <Card title={t('timeline')} size="small" style={{ marginTop: 16 }}>
            {timeline.length > 0 ? <MatterTimeline steps={timeline} references={references} /> : <Empty />}
          </Card>
        </Col>
      </Row>

      {action && (
        <ActionDialog
          action={action}
          context={context}
          onCancel={() => {
            setAction(null);
            void reload();
          }}
          onDone={() => {
            void message.success(t('stepDone', { step: label(action) }));
            setAction(null);
            void reload();
          }}
        />
      )}
      {matter.status === 'WITHDRAWN' && <Alert type="info" showIcon title={w('status.WITHDRAWN')} style={{ marginTop: 16 }} />}
    </>
  );
}
