import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Result, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { formatCount } from '../../../lib/money';
import { auditWords } from '../shared/messages';
import { PublicKeyButton } from '../shared/PublicKeyButton';
import { messages } from './messages';

type Verification = Schemas['VerificationView'];
type Head = Schemas['SignedTreeHeadView'];

function VerificationResult({ result }: { result: Verification }) {
  const t = useT(messages);
  const events = formatCount(result.eventsChecked);
  const heads = formatCount(result.treeHeadsChecked);
  if (result.ok) return <Result status="success" title={t('clean')} subTitle={t('cleanDetail', { events, heads })} />;
  const p = result.firstProblem;
  return (
    <Result status="error" title={t('problem', { kind: p ? t(`kind.${p.kind}`) : '' })}>
      {p && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('eventId')}>{p.eventId ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('stream')}>{p.streamId ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('revision')}>{p.revision ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leafIndex')}>{p.leafIndex ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail')}>{p.detail}</Descriptions.Item>
        </Descriptions>
      )}
    </Result>
  );
}

export default function IntegrityPage() {
  const t = useT(messages);
  const w = useT(auditWords);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<Verification>();
  const [error, setError] = useState<unknown>();
  const [signing, setSigning] = useState(false);
  const heads = useApi(() => unwrap(api.GET('/api/audit/tree-heads')), []);
  const key = useApi(() => unwrap(api.GET('/api/audit/public-key')), []);

  const run = async () => {
    setChecking(true);
    setError(undefined);
    try {
      setResult(await unwrap(api.GET('/api/audit/verification')));
    } catch (e: unknown) {
      setError(e);
    } finally {
      setChecking(false);
    }
  };
  const sign = async () => {
    setSigning(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/api/audit/tree-heads'));
      heads.reload();
    } catch (e: unknown) {
      setError(e);
    } finally {
      setSigning(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void run()}>
            {t('check')}
          </Button>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ApiErrorAlert error={error} />
        <Card title={t('checkCard')}>
          <div role="status" aria-live="polite">
            {result ? <VerificationResult result={result} /> : <Typography.Text type="secondary">{t('notRun')}</Typography.Text>}
          </div>
        </Card>
        <Card
          title={t('heads')}
          extra={
            <Button loading={signing} onClick={() => void sign()}>
              {t('sign')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('headsHint')}</Typography.Paragraph>
          <ApiErrorAlert error={heads.error} />
          <ScrollRegion label={t('heads')}>
            <Table<Head>
              rowKey="treeSize"
              loading={heads.loading}
              dataSource={[...(heads.data ?? [])].reverse()}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHeads')} /> }}
              columns={[
                { title: t('treeSize'), dataIndex: 'treeSize', align: 'right', render: (n: number) => formatCount(n) },
                {
                  title: t('rootHash'),
                  dataIndex: 'rootHash',
                  render: (h: string) => (
                    <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                      {h}
                    </Typography.Text>
                  ),
                },
                { title: t('signedAt'), dataIndex: 'timestamp', render: (v: string) => formatDateTime(v) },
                { title: w('keyId'), dataIndex: 'keyId' },
                { title: w('suite'), dataIndex: 'suite', render: (suite: Head['suite']) => w(`suite.${suite}`) },
              ]}
            />
          </ScrollRegion>
        </Card>
        <Card title={t('key')}>
          <Typography.Paragraph>{w('publicKeyHint')}</Typography.Paragraph>
          {key.data && (
            <Typography.Paragraph>
              {w('keyId')}：<Typography.Text code>{key.data.keyId}</Typography.Text>
            </Typography.Paragraph>
          )}
          {key.data && (
            <Typography.Paragraph data-testid="key-suite">
              {w('suite')}：{w(`suite.${key.data.suite}`)}
            </Typography.Paragraph>
          )}
          <PublicKeyButton />
        </Card>
      </Space>
    </>
  );
}
