import { Button, Space, Typography } from 'antd';
import type { PagedList } from '../api/usePagedList';

/**
 * Under a cursor-paged table: a button for the next page while there is one, and how many lines
 * are shown (or that all are), said politely to a screen reader as it changes.
 */
export function LoadMoreFooter({
  list,
  loadMore,
  shown,
  allLoaded,
}: {
  list: Pick<PagedList<unknown>, 'items' | 'nextCursor' | 'loading' | 'loadMore'>;
  loadMore: string;
  shown: (n: number) => string;
  allLoaded: (n: number) => string;
}) {
  const n = list.items.length;
  return (
    <Space style={{ marginTop: 16 }}>
      {list.nextCursor ? (
        <Button onClick={() => void list.loadMore()} loading={list.loading}>
          {loadMore}
        </Button>
      ) : null}
      <Typography.Text type="secondary" aria-live="polite">
        {n > 0 && (list.nextCursor ? shown(n) : allLoaded(n))}
      </Typography.Text>
    </Space>
  );
}
