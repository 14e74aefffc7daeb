import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The console speaks Simplified Chinese by default; English is one click away. */
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const STORED = 'onedoor.console.locale';

/** Messages of one area or component, the same keys in both languages. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

export function messages<K extends string>(zh: Record<K, string>, en: Record<K, string>): Messages<K> {
  return { 'zh-CN': zh, 'en-US': en };
}

const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>({
  locale: 'zh-CN',
  setLocale: () => {},
});

function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORED) : null;
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORED, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? zhCN : enUS}
        theme={{
          // Colours that keep WCAG AA contrast (4.5:1) on white: Ant Design's default secondary
          // text and link blue fall short of it.
          token: {
            colorPrimary: '#a8071a',
            colorLink: '#0550ae',
            colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
            colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
            colorTextDescription: 'rgba(0, 0, 0, 0.65)',
            colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
            borderRadius: 4,
          },
        }}
      >
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

/**
 * A translate function over one set of messages: `t('key', { n: 3 })` replaces `{n}`.
 */
export function useT<K extends string>(set: Messages<K>) {
  const { locale } = useLocale();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => {
      const text = set[locale][key] ?? set['zh-CN'][key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
    },
    [locale, set],
  );
}
