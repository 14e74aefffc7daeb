import { Badge, Button, List, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { casesApi } from '../../api/client';
import type { components } from '../../api/generated/cases';
import { usePagedList } from '../../api/usePagedList';
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
type NotificationPage = components['schemas']['NotificationPage'];
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
  const [markingAll, setMarkingAll] = useState(false);
  const fetchPage = useMemo(() => {
    if (!tenant) return null;
    return async (cursor?: string) => {
      const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/notifications', {
        params: {
          path: { tenant },
          query: { ...(show === 'unread' ? { unread: true } : {}), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        },
      });
      return data;
    };
  }, [tenant, show]);
  // Each page answered says how many are unread, for the header's badge.
  const list = usePagedList<Notification, NotificationPage>(fetchPage, (data) => {
    if (data) setUnread(data.unread);
  });
  const { items, setItems, setProblem } = list;

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
        <Button onClick={() => void list.reload()} loading={list.loading}>
          {c('refresh')}
        </Button>
      </Space>
      <ProblemAlert problem={list.problem} onClose={() => setProblem(null)} />
      <List<Notification>
        loading={list.loading}
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
      {list.nextCursor && (
        <Button style={{ marginTop: 16 }} onClick={() => void list.loadMore()} loading={list.loading}>
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}
