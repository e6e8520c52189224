import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { App, Breadcrumb, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { onStaleRead } from '../api/consistency';
import { useSession } from '../auth/AuthProvider';
import { pagesFor } from '../app/pages';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';
import { HeaderBar } from './HeaderBar';
import { PhoneLayout } from './PhoneLayout';
import { useCurrentPage } from './current-page';

const fallback = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);

/** The antd Pro pattern on desktop; one column with a bottom tab bar below the md breakpoint. */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const current = useSession();
  const { language } = useLanguage();
  const t = useT(common);
  const { pathname } = useLocation();
  const { page, trail } = useCurrentPage();
  useEffect(() => {
    document.title = page ? `${page.title[language]} · ${t('appName')}` : t('appName');
  }, [page, language, t]);
  const { message } = App.useApp();
  useEffect(() => onStaleRead(() => void message.warning({ content: t('staleRead'), key: 'stale-read' })), [message, t]);
  if (!current) return null;
  const menuPages = pagesFor(current.actor.role).filter((p) => p.menu);
  // Before the first measurement useBreakpoint is empty: treat that as desktop unless the window is narrow.
  const phone = screens.md === undefined ? window.innerWidth < 768 : !screens.md;
  if (phone) return <PhoneLayout menuPages={menuPages} title={page?.title[language] ?? t('appName')} />;
  const selected = trail.find((p) => p.menu)?.path ?? pathname;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ height: 56, display: 'flex', alignItems: 'center', padding: '0 20px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('appName')}
          </Typography.Title>
        </div>
        <nav aria-label="menu">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={menuPages.map((p) => ({ key: p.path, icon: p.menu?.icon, label: <Link to={p.path}>{p.title[language]}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', borderBottom: '1px solid #f0f0f0' }}
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: '16px 24px 32px' }}>
          <nav aria-label="breadcrumb">
            <Breadcrumb
              items={[
                { title: <Link to="/">{t('home')}</Link> },
                ...trail.map((p, i) => ({
                  title: i < trail.length - 1 ? <Link to={p.path}>{p.title[language]}</Link> : p.title[language],
                })),
              ]}
            />
          </nav>
          {/* antd's Layout.Content is already the page's <main>: a second one would be a nested landmark. */}
          <div style={{ marginTop: 12 }}>
            <Suspense fallback={fallback}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
