import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Radio, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { LightBadge } from '../../../components/lights/LightBadge';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { dueInChina, inChina } from '../../matters/format';
import { TAG } from '../../matters/steps/colours';
import { useCenterReferences } from '../../matters/steps/references';
import { supervisionMessages } from '../messages';
import { useUnitName } from '../unitName';
import { CLOSING_OUTCOMES, MANUAL_STEPS, supervisionWords, type Supervision } from '../words';

type StepInput = components['schemas']['SupervisionStepInput'];
type StepKind = StepInput['kind'];

const STEP_COLOURS: Partial<Record<Supervision['steps'][number]['kind'], string>> = {
  OPENED: 'red',
  CLOSE: 'green',
  CRITICISM_NOTICE: 'red',
  ACCOUNTABILITY_RECOMMENDATION: 'red',
};

/** A supervisor's step on an open item: what was done or said, and for closing, what verification found. */
function StepDialog({
  tenant,
  item,
  kind,
  onDone,
  onCancel,
}: {
  tenant: string;
  item: Supervision;
  kind: StepKind;
  onDone: (item: Supervision) => void;
  onCancel: () => void;
}) {
  const t = useT(supervisionMessages);
  const s = useT(supervisionWords);
  const [form] = Form.useForm<StepInput>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const closing = kind === 'CLOSE';

  async function onOk() {
    if (sending.current) return;
    let values: StepInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    sending.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/supervisions/{supervisionId}/steps', {
        params: { path: { tenant, supervisionId: item.id } },
        body: { kind, note: values.note.trim(), ...(closing ? { outcome: values.outcome } : {}) },
      });
      if (data) onDone(data);
    } catch (error) {
      setProblem(applyProblem(form, error));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={`${s(`step.${kind}`)} · ${item.matterCode}`}
      okText={s(`step.${kind}`)}
      onOk={() => void onOk()}
      onCancel={onCancel}
      okButtonProps={{ loading: busy, autoInsertSpace: false }}
      width={600}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {closing && <Alert type="info" showIcon title={t('closeHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={() => void onOk()}>
        <Form.Item name="note" label={closing ? t('closeNote') : t('stepNote')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        {closing && (
          <Form.Item name="outcome" label={t('closeOutcome')} rules={[{ required: true, message: t('closeOutcomeRequired') }]}>
            <Radio.Group options={CLOSING_OUTCOMES.map((value) => ({ value, label: s(`outcome.${value}`) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * 督办事项: one item - why and from where it came, who answers for it, its deadline and light, every
 * step with who and when - and, for a supervisor while it is open, the measures (催办, 约谈, 通报批评,
 * 整改通知, 问责建议) and closing after verification (核查办结).
 */
export default function ItemPage() {
  const { supervisionId = '' } = useParams();
  const claims = useClaims();
  const tenant = claims?.tenant ?? '';
  const t = useT(supervisionMessages);
  const s = useT(supervisionWords);
  const c = useT(common);
  const { message } = App.useApp();
  const references = useCenterReferences();
  const unitName = useUnitName(references);
  const [item, setItem] = useState<Supervision | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);
  const [step, setStep] = useState<StepKind | null>(null);

  const load = useCallback(async () => {
    if (!tenant || !supervisionId) return;
    setLoading(true);
    try {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/supervisions/{supervisionId}', {
        params: { path: { tenant, supervisionId } },
      });
      setItem(data ?? null);
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, [tenant, supervisionId]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!item) {
    return (
      <>
        <Typography.Title level={2}>{t('itemTitle')}</Typography.Title>
        {problem ? <ProblemAlert problem={{ ...problem, title: `${t('loadFailed')}: ${problem.title}` }} /> : <Skeleton active />}
      </>
    );
  }

  const open = item.status === 'OPEN';
  const mayAct = open && mayCall(claims, 'recordSupervisionStep');
  const assignment = item.assignmentId;
  const actor = (who: string) => (who === 'system' ? s('system') : who);

  return (
    <>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('itemTitle')} {item.matterCode}
        </Typography.Title>
        <LightBadge light={item.light} dueAt={item.dueAt} />
        <Tag color={open ? TAG.bad : TAG.done} data-testid="supervision-status">
          {s(`status.${item.status}`)}
        </Tag>
        {item.outcome && <Tag data-testid="supervision-outcome">{s(`outcome.${item.outcome}`)}</Tag>}
      </Space>
      <Space style={{ marginBottom: 16 }} wrap>
        <Link to="/console/supervision/items">{t('backToList')}</Link>
        <Link to="/console/supervision/board">{t('backToBoard')}</Link>
        <Link to={`/console/matters/${item.matterId}`}>{t('openMatter')}</Link>
        <Button size="small" onClick={() => void load()} loading={loading}>
          {c('refresh')}
        </Button>
      </Space>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />

      {mayCall(claims, 'recordSupervisionStep') && (
        <Card title={t('actions')} size="small" style={{ marginBottom: 16 }} data-testid="supervision-actions">
          {mayAct ? (
            <Space wrap>
              {MANUAL_STEPS.map((kind) => (
                <Button key={kind} autoInsertSpace={false} onClick={() => setStep(kind)}>
                  {s(`step.${kind}`)}
                </Button>
              ))}
              <Button type="primary" autoInsertSpace={false} onClick={() => setStep('CLOSE')}>
                {s('step.CLOSE')}
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
          )}
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label={t('matter')}>
                <Link to={`/console/matters/${item.matterId}`} style={{ fontFamily: 'monospace' }}>
                  {item.matterCode}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('trigger')}>{s(`trigger.${item.trigger}`)}</Descriptions.Item>
              <Descriptions.Item label={t('source')}>
                {s(`source.${item.source.kind}`)}
                {item.source.kind === 'SUPERIOR' && item.source.tenant && (
                  <Typography.Text type="secondary">
                    {' '}
                    · {t('sourceReference', { tenant: item.source.tenant, reference: item.source.reference ?? '' })}
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('responsibleUnit')}>
                {unitName(item.responsibleUnit)}
                {assignment && <Typography.Text type="secondary"> · {t('assignmentOf', { department: unitName(item.responsibleUnit) })}</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={t('responsiblePerson')}>{item.responsiblePerson ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('dueAt')}>
                <Space size={4}>
                  {dueInChina(item.dueAt)}
                  <LightBadge light={item.light} dueAt={item.dueAt} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('openedAt')}>{inChina(item.openedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('openedBy')}>{actor(item.openedBy)}</Descriptions.Item>
              {item.closedAt && <Descriptions.Item label={t('closedAt')}>{inChina(item.closedAt)}</Descriptions.Item>}
              {item.outcome && <Descriptions.Item label={t('outcome')}>{s(`outcome.${item.outcome}`)}</Descriptions.Item>}
              {item.reason && (
                <Descriptions.Item label={t('reason')} span="filled">
                  <span style={{ whiteSpace: 'pre-wrap' }}>{item.reason}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('stepsTitle')} size="small">
            <Timeline
              aria-label={t('stepsTitle')}
              items={item.steps.map((one, index) => ({
                key: index,
                color: STEP_COLOURS[one.kind] ?? 'blue',
                title: inChina(one.at),
                content: (
                  <div data-testid="supervision-step" data-kind={one.kind}>
                    <Typography.Text strong>{s(`step.${one.kind}`)}</Typography.Text>
                    <span> · {actor(one.actor)}</span>
                    {one.note && (
                      <div>
                        <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                          {one.note}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>

      {step && (
        <StepDialog
          tenant={tenant}
          item={item}
          kind={step}
          onCancel={() => setStep(null)}
          onDone={(next) => {
            void message.success(t('stepRecorded', { step: s(`step.${step}`) }));
            setStep(null);
            setItem(next);
          }}
        />
      )}
    </>
  );
}
