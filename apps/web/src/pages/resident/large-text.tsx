import { ReactNode, useCallback, useEffect, useState } from 'react';
import { ConfigProvider } from 'antd';

const KEY = 'largeText';
const listeners = new Set<(on: boolean) => void>();

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** 大字模式 (适老化): remembered on this device; the tab bar follows through a mark on <html>. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  useEffect(() => {
    listeners.add(setOn);
    return () => void listeners.delete(setOn);
  }, []);
  const set = useCallback((next: boolean) => {
    localStorage.setItem(KEY, next ? 'on' : 'off');
    listeners.forEach((l) => l(next));
  }, []);
  return [on, set];
}

/**
 * Every resident page sits in this frame: touch targets at least 44 px, body text 16 px, and 18 px
 * or more in 大字模式.
 */
export function ResidentFrame({ children }: { children: ReactNode }) {
  const [large] = useLargeText();
  useEffect(() => {
    if (large) document.documentElement.dataset.largeText = 'on';
    else delete document.documentElement.dataset.largeText;
  }, [large]);
  return (
    <ConfigProvider
      theme={{
        token: { colorError: '#cf1322', fontSize: large ? 19 : 16, controlHeight: large ? 52 : 44, controlHeightSM: 44 },
        components: { Tag: { fontSizeSM: large ? 16 : 14 } },
      }}
    >
      <div style={{ fontSize: large ? 19 : 16, lineHeight: 1.6 }}>{children}</div>
    </ConfigProvider>
  );
}
