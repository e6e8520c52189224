import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp } from 'antd';
import { I18nProvider } from './i18n/I18nProvider';
import { AppRouter } from './app/Router';
import './app/global.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nProvider>
      <AntApp>
        <AppRouter />
      </AntApp>
    </I18nProvider>
  </StrictMode>,
);
