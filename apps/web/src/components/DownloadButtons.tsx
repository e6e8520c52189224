import { useState } from 'react';
import { Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';
import { ApiErrorAlert } from '../layout/ApiErrorAlert';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * CSV / Excel export buttons. `download` asks the API (typed client, `parseAs: 'blob'`) for the
 * file in the given format; the browser saves it as `<name>.<format>`.
 */
export function DownloadButtons({ name, download }: { name: string; download: (format: ExportFormat) => Promise<Blob> }) {
  const t = useT(common);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>();
  const save = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      const blob = await download(format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${name}.${format}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical">
      <Space>
        <Button icon={<DownloadOutlined />} loading={busy === 'csv'} onClick={() => void save('csv')}>
          {t('exportCsv')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => void save('xlsx')}>
          {t('exportXlsx')}
        </Button>
      </Space>
      <ApiErrorAlert error={error} />
    </Space>
  );
}
