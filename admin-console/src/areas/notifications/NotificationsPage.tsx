import { Badge, Button, List, Segmented, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { casesApi } from '../../api/client';
import type { components } from '../../api/generated/cases';
import type { Problem } from '../../api/problem';
import { useClaims } from '../../auth/useSession';
import { ProblemAlert, problemOf } from '../../components/Problems';
import { useT } from '../../i18n';
import { common } from '../../i18n/common';
import { setUnread, useUnread } from '../../shell/unread';
import { inChina } from '../matters/format';
import { TAG } from '../matters/steps/colours';
import { useCenterReferences } from '../matters/steps/references';
import { warningMessages } from '../warnings/messages';
import { notificationMessages } from './messages';

type Notification = components['schemas']['Notification'];
type Show = 'all' | 'unread';

const PAGE_SIZE = 50;

/** Where a notification leads: its supervision item, else its matter. */
export function targetOf(notification: Notification): string | null {
  if (notification.supervisionId) return `/console/supervision/items/${notification.supervisionId}`;
  if (notification.matterId) return `/console/matters/${notification.matterId}`;
  return null;
}

/**
 * 消息中心: the signed-in person's inbox and their department's, newest first; each message opens
 * its matter or supervision item (and is then read); one or all are marked read, and the header's
 * badge follows at once.
 */
export default function NotificationsPage() {
  const t = useT(notificationMessages);
  const k = useT(warningMessages);
  const c = useT(common);
  const tenant = useClaims()?.tenant ?? '';
  const references = useCenterReferences();
  const navigate = useNavigate();
  const unread = useUnread();
  const [show, setShow] = useState<Show>('all');
  const [items, setItems] = useState<Notification[]>([]);
  const [nextCursor, setNextCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [markingAll, setMarkingAll] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const latest = useRef(0);

  const load = useCallback(
    async (cursor?: string) => {
      if (!tenant) return;
      const request = ++latest.current;
      setLoading(true);
      try {
        const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/notifications', {
          params: {
            path: { tenant },
            query: { ...(show === 'unread' ? { unread: true } : {}), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
          },
        });
        if (request !== latest.current) return;
        setItems((shown) => (cursor ? [...shown, ...(data?.items ?? [])] : (data?.items ?? [])));
        setNextCursor(data?.nextCursor);
        if (data) setUnread(data.unread);
        setProblem(null);
      } catch (error) {
        if (request === latest.current) setProblem(problemOf(error));
      } finally {
        if (request === latest.current) setLoading(false);
      }
    },
    [tenant, show],
  );

  useEffect(() => {
    void load();
  }, [load]);

  /** Marks the named notifications read, or (with none named) every one up to the newest shown. */
  async function markRead(ids?: string[]) {
    const newest = items.reduce<string | undefined>(
      (max, n) => (!max || Date.parse(n.createdAt) > Date.parse(max) ? n.createdAt : max),
      undefined,
    );
    if (!ids && !newest) return;
    if (!ids) setMarkingAll(true);
    try {
      const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/notifications/read', {
        params: { path: { tenant } },
        body: ids ? { ids } : { upTo: newest },
      });
      if (data) setUnread(data.unread);
      const marked = (n: Notification) => (ids ? ids.includes(n.id) : Date.parse(n.createdAt) <= Date.parse(newest!));
      setItems((shown) => shown.map((n) => (marked(n) ? { ...n, read: true } : n)).filter((n) => show === 'all' || !n.read));
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      if (!ids) setMarkingAll(false);
    }
  }

  function open(notification: Notification) {
    const target = targetOf(notification);
    if (!notification.read) void markRead([notification.id]);
    if (target) void navigate(target);
  }

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<Show>
          aria-label={t('show')}
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('all') },
            { value: 'unread', label: t('unreadOnly') },
          ]}
        />
        <Typography.Text data-testid="inbox-unread">{t('unreadCount', { n: unread ?? 0 })}</Typography.Text>
        <Button onClick={() => void markRead()} loading={markingAll} disabled={!unread || items.length === 0}>
          {t('markAll')}
        </Button>
        <Button onClick={() => void load()} loading={loading}>
          {c('refresh')}
        </Button>
      </Space>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <List<Notification>
        loading={loading}
        bordered
        dataSource={items}
        locale={{ emptyText: show === 'unread' ? t('emptyUnread') : t('empty') }}
        renderItem={(n) => (
          <List.Item
            data-testid="notification"
            data-read={n.read}
            actions={[
              targetOf(n) && (
                <Button key="open" type="link" size="small" aria-label={t('openOf', { title: n.title })} onClick={() => open(n)}>
                  {t('open')}
                </Button>
              ),
              !n.read && (
                <Button key="read" size="small" aria-label={t('markReadOf', { title: n.title })} onClick={() => void markRead([n.id])}>
                  {t('markRead')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  {n.read ? (
                    <Typography.Text type="secondary">{t('read')}</Typography.Text>
                  ) : (
                    <Badge status="error" text={<Typography.Text strong>{t('unread')}</Typography.Text>} />
                  )}
                  <Tag color={n.kind === 'WARNING' ? TAG.waiting : n.kind.startsWith('SUPERVISION') ? TAG.bad : TAG.working}>
                    {t(`kind.${n.kind}`)}
                  </Tag>
                  {n.warningKind && <Tag>{k(`kind.${n.warningKind}`)}</Tag>}
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <Space wrap size={12}>
                  <span>{inChina(n.createdAt)}</span>
                  {n.department && <span>{t('toDepartment', { department: references.departmentName(n.department) })}</span>}
                  {n.matterId && n.matterCode && (
                    <Link to={`/console/matters/${n.matterId}`} style={{ fontFamily: 'monospace' }}>
                      {t('matter', { code: n.matterCode })}
                    </Link>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {nextCursor && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(nextCursor)} loading={loading}>
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}
