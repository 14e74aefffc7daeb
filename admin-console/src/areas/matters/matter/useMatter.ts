import { useCallback, useEffect, useState } from 'react';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { problemOf } from '../../../components/Problems';
import type { Matter } from '../steps/offered';

type MatterStep = components['schemas']['MatterStep'];

/** A matter with the ETag it was read at (for the next step's If-Match) and its timeline. */
export function useMatter(tenant: string, matterId: string) {
  const [matter, setMatter] = useState<Matter | null>(null);
  const [etag, setEtag] = useState('');
  const [timeline, setTimeline] = useState<MatterStep[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    if (!tenant) return;
    setLoading(true);
    const path = { tenant, matterId };
    try {
      const [read, steps] = await Promise.all([
        casesApi.GET('/api/v1/tenants/{tenant}/matters/{matterId}', { params: { path } }),
        casesApi.GET('/api/v1/tenants/{tenant}/matters/{matterId}/timeline', { params: { path } }),
      ]);
      setMatter(read.data ?? null);
      setEtag(read.response.headers.get('ETag') ?? `"${read.data?.version ?? 0}"`);
      setTimeline(steps.data?.items ?? []);
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, [tenant, matterId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { matter, etag, timeline, problem, loading, reload };
}
