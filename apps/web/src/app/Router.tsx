import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { Spin } from 'antd';
import { AuthProvider, RequireSession, useSession } from '../auth/AuthProvider';
import { AppLayout } from '../layout/AppLayout';
import { PAGES, homePathFor } from './pages';
import { RoleGate } from '../layout/RoleGate';

const SignInPage = lazy(() => import('../pages/sign-in/SignInPage'));
const ChangePasswordPage = lazy(() => import('../pages/change-password/ChangePasswordPage'));
const NotFoundPage = lazy(() => import('../pages/not-found/NotFoundPage'));
const WelcomePage = lazy(() => import('../pages/welcome/WelcomePage'));

export const pageFallback = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);

function Root() {
  return (
    <AuthProvider>
      <Suspense fallback={pageFallback}>
        <Outlet />
      </Suspense>
    </AuthProvider>
  );
}

function HomeRedirect() {
  const current = useSession();
  return <Navigate to={current ? homePathFor(current.actor.role) : '/sign-in'} replace />;
}

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/change-password', element: <ChangePasswordPage /> },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: '/welcome', element: <WelcomePage /> },
          ...PAGES.map((page) => {
            const Page = lazy(page.load);
            return {
              path: page.path,
              element: (
                <RoleGate roles={page.roles}>
                  <Page />
                </RoleGate>
              ),
            };
          }),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
