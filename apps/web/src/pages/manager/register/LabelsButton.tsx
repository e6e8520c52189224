import { useState } from 'react';
import { Button, Space } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { saveFile } from '../../../lib/save-file';
import { messages } from './messages';
import type { toAssetQuery } from './register-filters';

/** 打印标签: the QR label sheet (A4 PDF) for the cards the table shows under its filters. */
export function LabelsButton({ query }: { query: ReturnType<typeof toAssetQuery> }) {
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const print = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const pdf = (await unwrap(api.GET('/api/assets/labels.pdf', { params: { query }, parseAs: 'blob' }))) as Blob;
      saveFile(pdf, 'asset-labels.pdf');
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical">
      <Button icon={<QrcodeOutlined />} loading={busy} onClick={() => void print()}>
        {t('printLabels')}
      </Button>
      <ApiErrorAlert error={error} />
    </Space>
  );
}
