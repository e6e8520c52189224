import { Alert } from 'antd';
import { ApiError } from '../api/errors';
import { useT } from '../i18n/I18nProvider';
import { errorTexts } from '../i18n/error-texts';

/**
 * An API error beside the action that caused it: the API's message (in the chosen language) and any
 * field messages the form could not place. Known codes get our own wording.
 */
export function ApiErrorAlert({ error, extra = [] }: { error: unknown; extra?: string[] }) {
  const t = useT(errorTexts);
  if (!error) return null;
  const text = describeError(error, t);
  return <Alert role="alert" type="error" showIcon title={text} description={extra.length ? extra.join('；') : undefined} />;
}

type ErrorKey = keyof (typeof errorTexts)['zh-CN'];

export function describeError(error: unknown, t: (key: ErrorKey) => string): string {
  if (!(error instanceof ApiError)) return t('UNKNOWN');
  if (error.code in errorTexts['zh-CN']) return t(error.code as ErrorKey);
  return error.message || t('UNKNOWN');
}
