import { useEffect, useState } from 'react';

/**
 * How many notifications the signed-in person has not read, shared by the header's badge (which
 * asks the API now and then) and the inbox (which knows the count after each mark-read): whoever
 * learns it first tells the other, so the badge never lags a mark-read by a polling interval.
 */
type Listener = (count: number | null) => void;

let unread: number | null = null;
const listeners = new Set<Listener>();

export function setUnread(count: number | null): void {
  unread = count;
  for (const listener of listeners) listener(count);
}

export function currentUnread(): number | null {
  return unread;
}

/** The unread count as it changes; null until known. */
export function useUnread(): number | null {
  const [count, setCount] = useState(currentUnread);
  useEffect(() => {
    listeners.add(setCount);
    setCount(currentUnread());
    return () => {
      listeners.delete(setCount);
    };
  }, []);
  return count;
}
