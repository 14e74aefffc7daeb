import { App as AntApp, Result } from 'antd';
import { lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { areas } from './areas/registry';
import { LocaleProvider, useT } from './i18n';
import { common } from './i18n/common';
import { CALLBACK_PATH } from './auth/session';
import { Home } from './shell/Home';
import { Shell } from './shell/Shell';
import { Callback, RequireSession } from './shell/SignIn';

function NotFound() {
  const t = useT(common);
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

/** The console lives under /console/; / sends there. */
const router = createBrowserRouter([
  { path: '/', element: <Navigate to="/console/" replace /> },
  { path: CALLBACK_PATH, element: <Callback /> },
  {
    path: '/console',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      ...areas.map((area) => {
        const Routes = lazy(area.routes);
        return { path: `${area.path}/*`, element: <Routes /> };
      }),
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <Navigate to="/console/" replace /> },
]);

export function App() {
  return (
    <LocaleProvider>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </LocaleProvider>
  );
}
