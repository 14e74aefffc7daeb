import { useCallback, useEffect, useState } from 'react';
import { configurationApi, tenantsApi } from '../../api/client';
import type { components as configuration } from '../../api/generated/configuration';
import type { Problem } from '../../api/problem';
import { problemOf } from '../../components/Problems';
import type { Tenant } from './centers/centerTree';

export type TemplateSummary = configuration['schemas']['TemplateSummary'];

/** Every center of a province, following the pages of listTenants. */
export async function listProvinceTenants(province: string): Promise<Tenant[]> {
  const tenants: Tenant[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await tenantsApi.GET('/api/v1/tenants', { params: { query: { province, limit: 200, cursor } } });
    tenants.push(...(data?.items ?? []));
    cursor = data?.nextCursor;
  } while (cursor);
  return tenants;
}

/** A center with the ETag to send when changing it. */
export async function getTenant(code: string): Promise<{ tenant: Tenant; etag: string | null }> {
  const { data, response } = await tenantsApi.GET('/api/v1/tenants/{code}', { params: { path: { code } } });
  if (!data) throw new Error(`no body for ${code}`);
  return { tenant: data, etag: response.headers.get('ETag') };
}

export async function listTemplates(): Promise<TemplateSummary[]> {
  const { data } = await configurationApi.GET('/api/v1/templates');
  return data ?? [];
}

/** Loads something once (and again on reload), with its loading state and problem. */
export function useLoad<T>(load: (() => Promise<T>) | null, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [loading, setLoading] = useState(load != null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!load) return;
    let live = true;
    setLoading(true);
    load()
      .then((next) => {
        if (!live) return;
        setValue(next);
        setProblem(null);
      })
      .catch((error: unknown) => live && setProblem(problemOf(error)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, setValue, loading, problem, reload };
}
