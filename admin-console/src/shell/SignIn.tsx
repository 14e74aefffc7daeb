import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { completeSignIn, signIn } from '../auth/session';
import { useClaims } from '../auth/useSession';
import { useT } from '../i18n';
import { common } from '../i18n/common';

/** Pages behind it need a session: without one, the browser goes to the authorization server. */
export function RequireSession({ children }: { children: ReactNode }) {
  const claims = useClaims();
  const t = useT(common);
  useEffect(() => {
    if (!claims) void signIn();
  }, [claims]);
  if (!claims) return <Spin fullscreen tip={t('signingIn')} />;
  return <>{children}</>;
}

/** Where the authorization server sends the browser back with a code. */
export function Callback() {
  const t = useT(common);
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeSignIn(location.search)
      .then((next) => navigate(next, { replace: true }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [location.search, navigate]);
  if (error) {
    return (
      <Result
        status="warning"
        title={t('signInFailed')}
        subTitle={error}
        extra={<Button type="primary" onClick={() => void signIn('/console/')}>{t('retry')}</Button>}
      />
    );
  }
  return <Spin fullscreen tip={t('signingIn')} />;
}
