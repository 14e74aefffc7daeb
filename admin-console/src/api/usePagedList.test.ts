import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from './problem';
import { usePagedList, type FetchPage, type Page } from './usePagedList';

/** A promise the test settles when it likes. */
function deferred<V>() {
  let resolve!: (value: V) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<V>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('usePagedList', () => {
  it('shows the first page, then appends the next one on loadMore', async () => {
    const fetchPage = vi.fn<FetchPage<string>>(async (cursor) => (cursor === 'c2' ? { items: ['c', 'd'] } : { items: ['a', 'b'], nextCursor: 'c2' }));
    const { result } = renderHook(() => usePagedList(fetchPage));

    await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
    expect(result.current.nextCursor).toBe('c2');
    expect(result.current.loading).toBe(false);

    await act(() => result.current.loadMore());
    expect(fetchPage).toHaveBeenLastCalledWith('c2');
    expect(result.current.items).toEqual(['a', 'b', 'c', 'd']);
    expect(result.current.nextCursor).toBeUndefined();

    await act(() => result.current.reload());
    expect(fetchPage).toHaveBeenLastCalledWith(undefined);
    expect(result.current.items).toEqual(['a', 'b']);
  });

  it('drops an answer overtaken by a newer load', async () => {
    const first = deferred<Page<string>>();
    const second = deferred<Page<string>>();
    const byFilter = { old: () => first.promise, new: () => second.promise };
    const { result, rerender } = renderHook(({ filter }: { filter: 'old' | 'new' }) => usePagedList(byFilter[filter]), {
      initialProps: { filter: 'old' },
    });
    rerender({ filter: 'new' });

    await act(async () => second.resolve({ items: ['new'] }));
    expect(result.current.items).toEqual(['new']);
    expect(result.current.loading).toBe(false);

    await act(async () => first.reject(new Error('too late')));
    await act(async () => {});
    expect(result.current.items).toEqual(['new']);
    expect(result.current.problem).toBeNull();
  });

  it('tells only the answers that count to onPage', async () => {
    const first = deferred<Page<string> & { unread: number }>();
    const second = deferred<Page<string> & { unread: number }>();
    const byFilter = { old: () => first.promise, new: () => second.promise };
    const onPage = vi.fn();
    const { result, rerender } = renderHook(({ filter }: { filter: 'old' | 'new' }) => usePagedList(byFilter[filter], onPage), {
      initialProps: { filter: 'old' },
    });
    rerender({ filter: 'new' });

    await act(async () => first.resolve({ items: ['old'], unread: 1 }));
    await act(async () => second.resolve({ items: ['new'], unread: 2 }));
    expect(onPage).toHaveBeenCalledTimes(1);
    expect(onPage).toHaveBeenCalledWith({ items: ['new'], unread: 2 });
    expect(result.current.items).toEqual(['new']);
  });

  it('shows a failed page as a problem and keeps what was shown', async () => {
    const problem = { title: 'Service unavailable', status: 503 };
    const fetchPage = vi.fn<FetchPage<string>>(async (cursor) => {
      if (cursor) throw new ProblemError(problem);
      return { items: ['a'], nextCursor: 'c2' };
    });
    const { result } = renderHook(() => usePagedList(fetchPage));
    await waitFor(() => expect(result.current.items).toEqual(['a']));

    await act(() => result.current.loadMore());
    expect(result.current.problem).toEqual(problem);
    expect(result.current.items).toEqual(['a']);
    expect(result.current.loading).toBe(false);

    await act(() => result.current.reload());
    expect(result.current.problem).toBeNull();
  });

  it('loads nothing without a fetchPage', async () => {
    const { result } = renderHook(() => usePagedList<string>(null));
    await act(() => result.current.reload());
    expect(result.current.items).toEqual([]);
    expect(result.current.loading).toBe(false);
  });
});
