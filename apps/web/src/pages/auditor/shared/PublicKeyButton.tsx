import { KeyOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FileButton } from '../../../components/FileButton';
import { useT } from '../../../i18n/I18nProvider';
import { auditWords } from './messages';

/** Downloads the tree-head signing key's public half as a .pem file. */
export function PublicKeyButton() {
  const t = useT(auditWords);
  return (
    <FileButton
      icon={<KeyOutlined />}
      label={t('publicKey')}
      fetch={async () => {
        const key = await unwrap(api.GET('/api/audit/public-key'));
        return { content: key.publicKeyPem, name: `audit-public-key-${key.keyId}.pem`, type: 'application/x-pem-file' };
      }}
    />
  );
}
