import { App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { casesApi } from '../../../api/client';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { LightBadge } from '../../../components/lights/LightBadge';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { supervisionMessages } from '../../supervision/messages';
import { OpenSupervisionDialog } from '../../supervision/OpenSupervisionDialog';
import { useUnitName } from '../../supervision/unitName';
import { supervisionWords, type Supervision } from '../../supervision/words';
import { TAG } from '../steps/colours';
import type { Matter } from '../steps/offered';
import type { CenterReferences } from '../steps/references';

const OPEN: readonly Matter['status'][] = ['REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING', 'CLOSED'];

/**
 * 督办 on a matter's page: the supervision items of the matter, each linking to its page, and for a
 * supervisor the button that opens one by hand.
 */
export function SupervisionCard({ tenant, matter, references, onOpened }: {
  tenant: string;
  matter: Matter;
  references: CenterReferences;
  onOpened: () => void;
}) {
  const t = useT(supervisionMessages);
  const s = useT(supervisionWords);
  const unitName = useUnitName(references);
  const claims = useClaims();
  const { message } = App.useApp();
  const mayList = mayCall(claims, 'listSupervisions');
  const mayOpen = mayCall(claims, 'openSupervision') && OPEN.includes(matter.status);
  const [items, setItems] = useState<Supervision[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [opening, setOpening] = useState(false);

  const load = useCallback(async () => {
    if (!mayList || !tenant) return;
    try {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/supervisions', {
        params: { path: { tenant }, query: { matterId: matter.id, limit: 50 } },
      });
      setItems(data?.items ?? []);
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    }
  }, [mayList, tenant, matter.id]);

  useEffect(() => {
    void load();
  }, [load, matter.version]);

  if (!mayList && !mayOpen) return null;
  return (
    <Card
      title={t('matterCard')}
      size="small"
      data-testid="matter-supervision"
      extra={
        mayOpen && (
          <Button size="small" onClick={() => setOpening(true)}>
            {t('open')}
          </Button>
        )
      }
    >
      <ProblemAlert problem={problem} />
      <List
        dataSource={items}
        locale={{ emptyText: <Typography.Text type="secondary">{t('matterNone')}</Typography.Text> }}
        renderItem={(item) => (
          <List.Item>
            <Space wrap>
              <LightBadge light={item.light} dueAt={item.dueAt} />
              <Tag color={item.status === 'OPEN' ? TAG.bad : TAG.done}>{s(`status.${item.status}`)}</Tag>
              <Typography.Text>{s(`trigger.${item.trigger}`)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('responsibleUnit')}: {unitName(item.responsibleUnit)}
              </Typography.Text>
              <Link to={`/console/supervision/items/${item.id}`} aria-label={t('viewItem', { code: item.matterCode })}>
                {t('view')}
              </Link>
            </Space>
          </List.Item>
        )}
      />
      {opening && (
        <OpenSupervisionDialog
          tenant={tenant}
          matter={matter}
          references={references}
          onCancel={() => setOpening(false)}
          onDone={() => {
            setOpening(false);
            void message.success(t('opened'));
            void load();
            onOpened();
          }}
        />
      )}
    </Card>
  );
}
