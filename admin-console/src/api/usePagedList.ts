import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { problemOf } from '../components/Problems';
import type { Problem } from './problem';

/** One page of a cursor-paged list as the API answers it. */
export interface Page<T> {
  items?: T[];
  nextCursor?: string;
}

/** Fetches the page after `cursor` (the first page without one). */
export type FetchPage<T, P extends Page<T> = Page<T>> = (cursor?: string) => Promise<P | undefined>;

export interface PagedList<T> {
  items: T[];
  nextCursor: string | undefined;
  loading: boolean;
  problem: Problem | null;
  /** Loads the first page again, replacing what is shown. */
  reload: () => Promise<void>;
  /** Appends the next page, when there is one. */
  loadMore: () => Promise<void>;
  /** For a page that changes what is shown in place (marking a message read, say). */
  setItems: Dispatch<SetStateAction<T[]>>;
  setProblem: Dispatch<SetStateAction<Problem | null>>;
}

/**
 * A cursor-paged list: loads the first page whenever `fetchPage` changes (memoise it on what the
 * list depends on, the filters say), appends a page on `loadMore`, and shows a failure as a problem.
 * Only the latest request's answer counts: one overtaken by a newer load (a changed filter, a
 * reload) is dropped. With no `fetchPage` (no tenant yet, say) nothing is loaded. `onPage` hears
 * each answer that counts, for what a page takes from it besides the items.
 */
export function usePagedList<T, P extends Page<T> = Page<T>>(
  fetchPage: FetchPage<T, P> | null | undefined,
  onPage?: (page: P | undefined) => void,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const latest = useRef(0);
  const heard = useRef(onPage);
  useEffect(() => {
    heard.current = onPage;
  });

  const load = useCallback(
    async (cursor?: string) => {
      if (!fetchPage) return;
      const request = ++latest.current;
      setLoading(true);
      try {
        const data = await fetchPage(cursor);
        if (request !== latest.current) return;
        setItems((shown) => (cursor ? [...shown, ...(data?.items ?? [])] : (data?.items ?? [])));
        setNextCursor(data?.nextCursor);
        heard.current?.(data);
        setProblem(null);
      } catch (error) {
        if (request === latest.current) setProblem(problemOf(error));
      } finally {
        if (request === latest.current) setLoading(false);
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const reload = useCallback(() => load(), [load]);
  const loadMore = useCallback(() => (nextCursor ? load(nextCursor) : Promise.resolve()), [load, nextCursor]);

  return { items, nextCursor, loading, problem, reload, loadMore, setItems, setProblem };
}
