import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { mayCall } from '../api/access';
import { casesApi } from '../api/client';
import { useClaims } from '../auth/useSession';
import { useT } from '../i18n';
import { common } from '../i18n/common';
import { setUnread, useUnread } from './unread';

/** Where the inbox is (src/areas/notifications). */
export const INBOX_PATH = '/console/notifications/inbox';

/**
 * The header's bell with the count of unread notifications, asked of the API when the page opens,
 * every `every` milliseconds while the page is visible, and when it becomes visible again; shown
 * only to those who may read an inbox of a center.
 */
export function UnreadBell({ every = 30_000 }: { every?: number }) {
  const t = useT(common);
  const claims = useClaims();
  const tenant = claims?.tenant;
  const allowed = mayCall(claims, 'countUnreadNotifications') && Boolean(tenant);
  const count = useUnread();

  useEffect(() => {
    if (!allowed || !tenant) return;
    let live = true;
    const ask = async () => {
      if (document.visibilityState === 'hidden') return;
      try {
        const { data } = await casesApi.GET('/api/v1/tenants/{tenant}/notifications/unread-count', {
          params: { path: { tenant } },
        });
        if (live && data) setUnread(data.unread);
      } catch {
        // The badge keeps its last count; the next tick asks again.
      }
    };
    void ask();
    const timer = window.setInterval(() => void ask(), every);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [allowed, tenant, every]);

  if (!allowed) return null;
  const n = count ?? 0;
  return (
    <Link to={INBOX_PATH} aria-label={n > 0 ? t('inboxUnread', { n }) : t('inbox')} data-testid="unread" data-unread={n}>
      <Badge count={n} overflowCount={99} size="small" color="#a8071a">
        <BellOutlined style={{ fontSize: 18, color: 'rgba(0, 0, 0, 0.88)' }} aria-hidden />
      </Badge>
    </Link>
  );
}
