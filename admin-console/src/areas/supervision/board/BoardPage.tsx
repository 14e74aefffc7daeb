import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { LIGHT_STYLE, LightBadge } from '../../../components/lights/LightBadge';
import { LIGHTS, lightWords, type Light } from '../../../components/lights/words';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { common } from '../../../i18n/common';
import { useCenterReferences } from '../../matters/steps/references';
import { itemsLink } from '../items/filters';
import { supervisionMessages } from '../messages';
import { useUnitName } from '../unitName';
import { supervisionWords } from '../words';

type Board = components['schemas']['SupervisionBoard'];
type LightCounts = components['schemas']['LightCounts'];

const key = (light: Light) => light.toLowerCase() as keyof LightCounts;
const total = (counts: LightCounts) => counts.red + counts.yellow + counts.green;

/** A count of one light, a link to the open items of that light (and of the row's unit, if any). */
function CountLink({ counts, light, unit }: { counts: LightCounts; light: Light; unit?: string }) {
  const n = counts[key(light)];
  if (n === 0) return <span>0</span>;
  return (
    <Link to={itemsLink({ light: [light], ...(unit ? { responsibleUnit: unit } : {}) })} style={{ color: LIGHT_STYLE[light].color, fontWeight: 600 }}>
      {n}
    </Link>
  );
}

/**
 * 督办看板: the center's open supervision items by light (big figures), by responsible unit and by
 * age, and its closed items by outcome; every figure opens the items it counts.
 */
export default function BoardPage() {
  const t = useT(supervisionMessages);
  const s = useT(supervisionWords);
  const l = useT(lightWords);
  const c = useT(common);
  const tenant = useClaims()?.tenant ?? '';
  const unitName = useUnitName(useCenterReferences());
  const [board, setBoard] = useState<Board | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const load = useCallback(async () => {
    if (!tenant) return;
    setLoading(true);
    try {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/supervision-board', { params: { path: { tenant } } });
      setBoard(data ?? null);
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, [tenant]);

  useEffect(() => {
    void load();
  }, [load]);

  const lightColumns = <T extends { counts: LightCounts }>(unitOf?: (row: T) => string) => [
    ...LIGHTS.map((light) => ({
      title: <LightBadge light={light} />,
      key: light,
      align: 'right' as const,
      render: (_: unknown, row: T) => <CountLink counts={row.counts} light={light} unit={unitOf?.(row)} />,
    })),
    { title: t('total'), key: 'total', align: 'right' as const, render: (_: unknown, row: T) => total(row.counts) },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'baseline' }} wrap>
        <Typography.Title level={2}>{t('boardTitle')}</Typography.Title>
        <Space>
          <Link to={itemsLink({})}>{t('listTitle')}</Link>
          <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
            {c('refresh')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('boardIntro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {!board ? (
        !problem && <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {LIGHTS.map((light) => {
              const n = board.open[key(light)];
              return (
                <Col key={light} xs={24} md={8}>
                  <Card
                    size="small"
                    style={{ borderColor: LIGHT_STYLE[light].borderColor, background: LIGHT_STYLE[light].background }}
                    data-testid={`board-${light}`}
                  >
                    <Space orientation="vertical" size={0}>
                      <span>
                        <LightBadge light={light} /> {t('openByLight')}
                      </span>
                      <Link
                        to={itemsLink({ light: [light] })}
                        aria-label={`${l(`light.${light}`)} ${t('openByLight')} ${t('itemsOf', { count: n })}`}
                        style={{ fontSize: 40, fontWeight: 600, lineHeight: 1.2, color: LIGHT_STYLE[light].color }}
                      >
                        {n}
                      </Link>
                    </Space>
                  </Card>
                </Col>
              );
            })}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('byUnit')} size="small">
                <Table
                  rowKey="responsibleUnit"
                  size="small"
                  pagination={false}
                  dataSource={board.byUnit}
                  locale={{ emptyText: <Typography.Text type="secondary">{t('noneOpen')}</Typography.Text> }}
                  columns={[
                    {
                      title: t('responsibleUnit'),
                      dataIndex: 'responsibleUnit',
                      render: (unit: string) => <Link to={itemsLink({ responsibleUnit: unit })}>{unitName(unit)}</Link>,
                    },
                    ...lightColumns<Board['byUnit'][number]>((row) => row.responsibleUnit),
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('byAge')} size="small" style={{ marginBottom: 16 }}>
                <Table
                  rowKey="bucket"
                  size="small"
                  pagination={false}
                  dataSource={board.byAge}
                  locale={{ emptyText: <Typography.Text type="secondary">{t('noneOpen')}</Typography.Text> }}
                  columns={[
                    { title: t('ageBucket'), dataIndex: 'bucket', render: (bucket: string) => t('days', { bucket }) },
                    ...lightColumns<Board['byAge'][number]>().map((column) =>
                      // The age rows have no filter of their own: their figures are plain counts.
                      column.key === 'total'
                        ? column
                        : { ...column, render: (_: unknown, row: Board['byAge'][number]) => row.counts[key(column.key as Light)] },
                    ),
                  ]}
                />
              </Card>
              <Card title={t('closedByOutcome')} size="small">
                <Table
                  rowKey="outcome"
                  size="small"
                  pagination={false}
                  dataSource={board.closed}
                  locale={{ emptyText: <Typography.Text type="secondary">{t('noneClosed')}</Typography.Text> }}
                  data-testid="board-closed"
                  columns={[
                    { title: t('outcome'), dataIndex: 'outcome', render: (outcome: Board['closed'][number]['outcome']) => s(`outcome.${outcome}`) },
                    { title: t('count'), dataIndex: 'count', align: 'right' },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
