import { useState } from 'react';
import { Button, Space } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { useT } from '../../../i18n/I18nProvider';
import { auditWords } from './messages';
import { saveFile } from '../../../lib/save-file';

/** Downloads the tree-head signing key's public half as a .pem file. */
export function PublicKeyButton() {
  const t = useT(auditWords);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const key = await unwrap(api.GET('/api/audit/public-key'));
      saveFile(key.publicKeyPem, `audit-public-key-${key.keyId}.pem`, 'application/x-pem-file');
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical">
      <Button icon={<KeyOutlined />} loading={busy} onClick={() => void download()}>
        {t('publicKey')}
      </Button>
      <ApiErrorAlert error={error} />
    </Space>
  );
}
