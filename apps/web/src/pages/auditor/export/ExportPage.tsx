import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { DepartmentSelect } from '../shared/DepartmentSelect';
import { auditWords } from '../shared/messages';
import { PublicKeyButton } from '../shared/PublicKeyButton';
import { saveFile } from '../../../lib/save-file';
import { chinaDayEnd, chinaDayStart } from '../timeline/timeline-filter';
import { messages } from './messages';

interface Values {
  departmentId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

export default function ExportPage() {
  const t = useT(messages);
  const w = useT(auditWords);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const download = async (v: Values) => {
    const [from, to] = v.period ?? [];
    if (!v.departmentId || !from || !to) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const [a, b] = [from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')];
      const pkg = await unwrap(
        api.GET('/api/audit/export', { params: { query: { departmentId: v.departmentId, from: chinaDayStart(a), to: chinaDayEnd(b) } } }),
      );
      const file = `audit-package-${v.departmentId}-${a}-${b}.json`;
      saveFile(JSON.stringify(pkg, null, 2), file);
      setDone(t('done', { file, n: formatCount(pkg.manifest.eventCount), size: formatCount(pkg.manifest.treeSize) }));
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Form layout="vertical" onFinish={(v: Values) => void download(v)} style={{ maxWidth: 520 }}>
            <Form.Item name="departmentId" label={w('department')} rules={[{ required: true, message: t('required') }]}>
              <DepartmentSelect />
            </Form.Item>
            <Form.Item name="period" label={t('period')} rules={[{ required: true, message: t('required') }]}>
              <DatePicker.RangePicker aria-label={t('period')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} loading={busy}>
              {t('download')}
            </Button>
          </Form>
          <div role="status" style={{ marginTop: 12 }}>
            {done && <Alert type="success" showIcon title={done} />}
          </div>
          <ApiErrorAlert error={error} />
        </Card>
        <Card title={w('publicKey')}>
          <Typography.Paragraph>{w('publicKeyHint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code>{t('verifyHint')}</Typography.Text>
          </Typography.Paragraph>
          <PublicKeyButton />
        </Card>
      </Space>
    </>
  );
}
