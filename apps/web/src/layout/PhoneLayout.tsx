import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Spin, Typography } from 'antd';
import type { PageDef } from '../app/page-registry';
import { useLanguage } from '../i18n/I18nProvider';
import { HeaderBar } from './HeaderBar';

/** Phones: one column, the page title on top, a bottom tab bar with touch targets ≥ 44 px. */
export function PhoneLayout({ menuPages, title }: { menuPages: PageDef[]; title: string }) {
  const { language } = useLanguage();
  const { pathname } = useLocation();
  const tabs = (menuPages.some((p) => p.menu?.tab) ? menuPages.filter((p) => p.menu?.tab) : menuPages).slice(0, 5);
  return (
    <div style={{ minHeight: '100vh', paddingBottom: 72, background: '#f5f5f5', overflowX: 'hidden' }}>
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '8px 12px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <HeaderBar compact />
      </header>
      <main style={{ padding: 12 }}>
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
          <Outlet />
        </Suspense>
      </main>
      <nav
        aria-label="tabs"
        className="phone-tabbar"
        style={{
          position: 'fixed',
          bottom: 0,
          left: 0,
          right: 0,
          display: 'flex',
          background: '#fff',
          borderTop: '1px solid #e8e8e8',
          zIndex: 10,
        }}
      >
        {tabs.map((p) => {
          const active = pathname === p.path || pathname.startsWith(`${p.path}/`);
          return (
            <Link
              key={p.path}
              to={p.path}
              aria-current={active ? 'page' : undefined}
              style={{
                flex: 1,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                fontSize: 13,
                color: active ? '#0958d9' : '#434343',
                fontWeight: active ? 600 : 400,
              }}
            >
              <span style={{ fontSize: 20 }}>{p.menu?.icon}</span>
              {p.title[language]}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
