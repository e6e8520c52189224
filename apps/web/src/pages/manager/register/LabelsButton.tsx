import { QrcodeOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FileButton } from '../../../components/FileButton';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';
import type { toAssetQuery } from './register-filters';

/** 打印标签: the QR label sheet (A4 PDF) for the cards the table shows under its filters. */
export function LabelsButton({ query }: { query: ReturnType<typeof toAssetQuery> }) {
  const t = useT(messages);
  return (
    <FileButton
      icon={<QrcodeOutlined />}
      label={t('printLabels')}
      fetch={async () => ({
        content: (await unwrap(api.GET('/api/assets/labels.pdf', { params: { query }, parseAs: 'blob' }))) as Blob,
        name: 'asset-labels.pdf',
      })}
    />
  );
}
