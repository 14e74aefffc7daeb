import { GlobalOutlined, HomeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { visibleAreas, visiblePages } from '../areas/registry';
import { signOut } from '../auth/session';
import { useClaims } from '../auth/useSession';
import { useLocale, useT } from '../i18n';
import { common } from '../i18n/common';
import { UnreadBell } from './UnreadBell';

/** The frame of every page: the menu of what the caller may do, who they are, language, sign-out. */
export function Shell() {
  const t = useT(common);
  const { locale, setLocale } = useLocale();
  const claims = useClaims();
  const location = useLocation();
  const areas = visibleAreas(claims);
  const items = useMemo(
    () => [
      { key: '/console/', icon: <HomeOutlined />, label: <Link to="/console/">{t('home')}</Link> },
      ...areas.map((area) => ({
        key: area.key,
        icon: area.icon,
        label: area.title[locale],
        children: visiblePages(area, claims).map((page) => ({
          key: `/console/${area.path}/${page.path}`,
          label: <Link to={`/console/${area.path}/${page.path}`}>{page.title[locale]}</Link>,
        })),
      })),
    ],
    [areas, claims, locale, t],
  );
  const selected = items
    .flatMap((item) => ('children' in item ? (item.children ?? []) : [item]))
    .map((item) => item.key)
    .filter((key) => location.pathname.startsWith(key))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const where = claims?.tenant ?? claims?.province ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={232} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, color: '#a8071a' }}>{t('appName')}</div>
        <nav aria-label={t('appName')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected}
            defaultOpenKeys={areas.map((area) => area.key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}
        >
          <Space size="middle">
            <UnreadBell />
            <Typography.Text data-testid="who">
              <UserOutlined /> {claims?.preferred_username ?? claims?.sub} {where && <Typography.Text type="secondary">· {where}</Typography.Text>}
            </Typography.Text>
            <Button icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>
              {t('language')}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={signOut}>
              {t('signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Suspense fallback={<Spin tip={t('loading')} />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
