import { useCallback, useEffect, useState } from 'react';
import { configurationApi } from '../../api/client';
import type { components } from '../../api/generated/configuration';
import { problemOf } from '../../components/Problems';
import type { Problem } from '../../api/problem';
import { useClaims } from '../../auth/useSession';

export type ConfigurationDocument = components['schemas']['ConfigurationDocument'];
export type ConfigurationSection = components['schemas']['ConfigurationSection'];

/**
 * The signed-in admin's center configuration with the ETag it was read at; a section saved
 * sends that ETag in If-Match, so a change made meanwhile by someone else answers 412 (shown as
 * a problem, with the configuration read again) instead of being silently undone.
 */
export function useConfiguration() {
  const tenant = useClaims()?.tenant ?? '';
  const [document, setDocument] = useState<ConfigurationDocument | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const { data, response } = await configurationApi.GET('/api/v1/tenants/{tenant}/configuration', {
        params: { path: { tenant } },
      });
      setDocument(data ?? null);
      setEtag(response.headers.get('ETag'));
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, [tenant]);

  useEffect(() => {
    if (tenant) void reload();
  }, [tenant, reload]);

  /** Saves one section; answers the new document, or throws the API's problem (a ProblemError). */
  const saveSection = useCallback(
    async (section: ConfigurationSection, body: ConfigurationDocument) => {
      try {
        const { data, response } = await configurationApi.PUT('/api/v1/tenants/{tenant}/configuration/{section}', {
          params: { path: { tenant, section }, header: { 'If-Match': etag ?? '' } },
          body,
        });
        setDocument(data ?? null);
        setEtag(response.headers.get('ETag'));
        return data!;
      } catch (error) {
        if (problemOf(error).status === 412) void reload();
        throw error;
      }
    },
    [tenant, etag, reload],
  );

  return { tenant, document, etag, problem, loading, reload, saveSection, setDocument, setEtag };
}
