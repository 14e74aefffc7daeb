import { Alert, Button, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { casesApi } from '../../../api/client';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { LightBadge, PausedBadge } from '../../../components/lights/LightBadge';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { matterMessages, matterWords } from '../../matters/messages-matter';
import { supervisionWords } from '../../supervision/words';
import { ActionDialog } from '../../matters/steps/ActionDialog';
import { TAG } from '../../matters/steps/colours';
import type { Action, Assignment, Matter } from '../../matters/steps/offered';
import { departmentOptions, useCenterReferences } from '../../matters/steps/references';
import { inboxMessages } from '../messages';

/** The statuses in which a department has something to sign or to do. */
const WORKING: Matter['status'][] = ['REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING'];

interface Row {
  readonly matter: Matter;
  readonly etag: string;
  readonly assignment: Assignment;
}

type Show = 'all' | 'PENDING' | 'SIGNED';

/** The department's latest assignment of the matter, the one it works on. */
function assignmentOf(matter: Matter, department: string): Assignment | undefined {
  return matter.assignments.filter((a) => a.department === department).at(-1);
}

/**
 * 本部门待办: the matters assigned to the signed-in person's department, with its assignment's
 * state and deadlines; sign (签收) or return (退回, with a reason) here, or open the matter to
 * handle it.
 */
export default function InboxPage() {
  const claims = useClaims();
  const tenant = claims?.tenant ?? '';
  const t = useT(inboxMessages);
  const m = useT(matterMessages);
  const w = useT(matterWords);
  const c = useT(common);
  const s = useT(supervisionWords);
  const navigate = useNavigate();
  const references = useCenterReferences();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const department = claims?.department ?? chosen;
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [show, setShow] = useState<Show>('all');
  const [action, setAction] = useState<{ action: Action; row: Row } | null>(null);

  const load = useCallback(
    async (after?: string) => {
      if (!tenant || !department) return;
      setLoading(true);
      setProblem(null);
      try {
        const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/matters', {
          params: { path: { tenant }, query: { department, status: WORKING, limit: 50, cursor: after } },
        });
        // The list masks and summarises; the department's assignment is on the matter itself.
        const read = await Promise.all(
          (data?.items ?? []).map((summary) =>
            casesApi.GET('/api/v1/tenants/{tenant}/matters/{matterId}', {
              params: { path: { tenant, matterId: summary.id } },
            }),
          ),
        );
        const found = read.flatMap(({ data: matter, response }): Row[] => {
          const assignment = matter && assignmentOf(matter, department);
          return matter && assignment ? [{ matter, etag: response.headers.get('ETag') ?? `"${matter.version}"`, assignment }] : [];
        });
        setRows((before) => (after ? [...before, ...found] : found));
        setCursor(data?.nextCursor);
      } catch (error) {
        setProblem(problemOf(error));
      } finally {
        setLoading(false);
      }
    },
    [tenant, department],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(() => rows.filter((row) => show === 'all' || row.assignment.status === show), [rows, show]);
  const maySign = mayCall(claims, 'signAssignment');
  const mayReturn = mayCall(claims, 'returnAssignment');
  const now = dayjs();

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      {claims?.department ? (
        <Typography.Paragraph type="secondary">
          {t('intro', { department: references.departmentName(claims.department) })}
        </Typography.Paragraph>
      ) : (
        <Space style={{ marginBottom: 16 }} wrap>
          <label htmlFor="inbox-department">{t('noDepartment')}</label>
          <Select
            id="inbox-department"
            style={{ width: 280 }}
            value={chosen}
            onChange={setChosen}
            showSearch={{ optionFilterProp: 'label' }}
            options={departmentOptions(references)}
          />
        </Space>
      )}
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<Show>
          aria-label={t('show')}
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('all') },
            { value: 'PENDING', label: t('toSign') },
            { value: 'SIGNED', label: t('inHand') },
          ]}
        />
        <Button onClick={() => void load()} loading={loading}>
          {c('refresh')}
        </Button>
        <Typography.Text type="secondary">{t('count', { count: shown.length })}</Typography.Text>
      </Space>
      <ProblemAlert problem={problem} />
      {!department && <Alert type="info" showIcon title={t('noDepartment')} />}
      {department && (
        <Table<Row>
          rowKey={(row) => row.assignment.id}
          loading={loading}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('empty') }}
          columns={[
            {
              title: t('code'),
              key: 'code',
              render: (_, row) => (
                <Link to={`/console/matters/${row.matter.id}`} style={{ whiteSpace: 'nowrap' }}>
                  {row.matter.code}
                </Link>
              ),
            },
            { title: t('category'), key: 'category', render: (_, row) => references.categoryName(row.matter.categoryCode) },
            {
              title: t('applicant'),
              key: 'applicant',
              render: (_, row) => row.matter.parties.find((p) => p.role === 'APPLICANT')?.name ?? '—',
            },
            { title: t('registeredAt'), key: 'registeredAt', render: (_, row) => dayjs(row.matter.registeredAt).format('YYYY-MM-DD HH:mm') },
            { title: t('role'), key: 'role', render: (_, row) => w(`role.${row.assignment.role}`) },
            {
              title: t('assignment'),
              key: 'assignment',
              render: (_, row) => (
                <>
                  <Tag color={row.assignment.status === 'PENDING' ? TAG.waiting : row.assignment.status === 'SIGNED' ? TAG.working : TAG.neutral}>
                    {w(`assignment.${row.assignment.status}`)}
                  </Tag>
                  {row.assignment.unsignedPastDue && <Tag color={TAG.bad}>{m('unsignedPastDue')}</Tag>}
                </>
              ),
            },
            {
              title: t('light'),
              key: 'light',
              render: (_, { assignment, matter }) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {assignment.light && <LightBadge light={assignment.light} dueAt={assignment.lightDueAt} />}
                  {assignment.supervised && <Tag color={TAG.bad}>{s('status.OPEN')}</Tag>}
                  {matter.paused && <PausedBadge />}
                </span>
              ),
            },
            {
              title: t('responseDueAt'),
              key: 'responseDueAt',
              render: (_, { assignment }) => {
                if (!assignment.responseDueAt) return '—';
                const late = assignment.status === 'PENDING' && now.isAfter(assignment.responseDueAt);
                const text = dayjs(assignment.responseDueAt).format('MM-DD HH:mm');
                return late ? <Typography.Text style={{ color: TAG.bad }}>{text} {t('overdue')}</Typography.Text> : text;
              },
            },
            {
              title: t('handlingDueOn'),
              key: 'handlingDueOn',
              render: (_, { assignment }) => {
                if (!assignment.handlingDueOn) return '—';
                const late = assignment.status === 'SIGNED' && now.isAfter(dayjs(assignment.handlingDueOn).endOf('day'));
                return late ? (
                  <Typography.Text style={{ color: TAG.bad }}>
                    {assignment.handlingDueOn} {t('overdue')}
                  </Typography.Text>
                ) : (
                  assignment.handlingDueOn
                );
              },
            },
            { title: t('matterStatus'), key: 'status', render: (_, row) => w(`status.${row.matter.status}`) },
            {
              title: c('actions'),
              key: 'actions',
              render: (_, row) => (
                <Space wrap>
                  {row.assignment.status === 'PENDING' && maySign && row.matter.nextSteps.includes('signAssignment') && (
                    <Button
                      type="primary"
                      size="small"
                      onClick={() => setAction({ row, action: { step: 'signAssignment', assignment: row.assignment } })}
                    >
                      {w('step.signAssignment')}
                    </Button>
                  )}
                  {row.assignment.status === 'PENDING' && mayReturn && row.matter.nextSteps.includes('returnAssignment') && (
                    <Button
                      size="small"
                      onClick={() => setAction({ row, action: { step: 'returnAssignment', assignment: row.assignment } })}
                    >
                      {w('step.returnAssignment')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    aria-label={t('handleMatter', { code: row.matter.code })}
                    onClick={() => navigate(`/console/matters/${row.matter.id}`)}
                  >
                    {t('handle')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      {cursor && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(cursor)} loading={loading}>
          {c('more')}
        </Button>
      )}
      {action && (
        <ActionDialog
          action={action.action}
          context={{ tenant, matter: action.row.matter, etag: action.row.etag, references }}
          onCancel={() => setAction(null)}
          onDone={() => {
            setAction(null);
            void load();
          }}
        />
      )}
    </>
  );
}
