import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ConfigProvider } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { format, Language, LANGUAGES, Messages } from './messages';
import { theme } from '../app/theme';

const STORAGE_KEY = 'language';

/**
 * Buttons show their busy spinner as a plain icon. antd's own spinner slides in and out with a CSS
 * transition; when a request ends within a few milliseconds of starting (a refusal is that quick),
 * that transition can never finish and the spinner stays on the button for good, still read out as
 * "loading" (seen on the sign-in and register forms after a refused submission).
 */
const BUTTONS = { autoInsertSpace: false, loadingIcon: <LoadingOutlined /> };

interface I18nContextValue {
  readonly language: Language;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nContextValue>({ language: 'zh-CN', setLanguage: () => undefined });

/** The chosen language, for code outside React (the API client's Accept-Language). */
export function currentLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(currentLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme} button={BUTTONS}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useLanguage(): I18nContextValue {
  return useContext(I18nContext);
}

/** `t('key', { n: 3 })` in the chosen language. */
export function useT<K extends string>(messages: Messages<K>) {
  const { language } = useLanguage();
  return useCallback((key: K, vars?: Record<string, string | number>) => format(messages[language][key], vars), [messages, language]);
}
