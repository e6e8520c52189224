import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';
import { CameraScanner, cameraScanSupported } from './CameraScanner';

type Outcome = 'found' | 'found_elsewhere';

/**
 * 清点 on a phone: one field a hardware scanner types into (it ends with Enter), or a number typed by hand;
 * the camera where the browser can read QR codes. Each count answers at once with its outcome.
 */
export function CountPanel({ stocktakeId, onCounted }: { stocktakeId: string; onCounted(): void }) {
  const t = useT(messages);
  const [assetNo, setAssetNo] = useState('');
  const [foundAt, setFoundAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [last, setLast] = useState<{ no: string; outcome: Outcome | null } | null>(null);
  const [scanning, setScanning] = useState(false);
  const field = useRef<{ focus(): void } | null>(null);
  useEffect(() => field.current?.focus(), []);

  const count = async (value: string, method: 'scan' | 'typed') => {
    const no = value.trim();
    if (!no || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await unwrap(
        api.POST('/api/stocktakes/{stocktakeId}/counts', {
          params: { path: { stocktakeId } },
          body: { assetNo: no, method, foundAt: foundAt.trim() || undefined },
        }),
      );
      setLast({ no, outcome: r.replayed ? null : (r.outcome ?? null) });
      setAssetNo('');
      onCounted();
    } catch (e: unknown) {
      setError(e);
      setLast(null);
    } finally {
      setBusy(false);
      field.current?.focus();
    }
  };

  return (
    <Card title={t('countTitle')} size="small">
      <Form layout="vertical" onFinish={() => void count(assetNo, 'typed')}>
        <Form.Item label={t('assetNo')} extra={t('assetNoHelp')} htmlFor="stocktake-asset-no">
          <Input
            id="stocktake-asset-no"
            ref={(el) => {
              field.current = el;
            }}
            size="large"
            autoComplete="off"
            enterKeyHint="done"
            value={assetNo}
            onChange={(e) => setAssetNo(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('foundAt')} extra={t('foundAtHelp')} htmlFor="stocktake-found-at">
          <Input id="stocktake-found-at" value={foundAt} onChange={(e) => setFoundAt(e.target.value)} maxLength={200} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }}>
            {t('count')}
          </Button>
          {cameraScanSupported() && (
            <Button style={{ minHeight: 44 }} onClick={() => setScanning((s) => !s)}>
              {scanning ? t('cameraStop') : t('camera')}
            </Button>
          )}
        </Flex>
      </Form>
      {scanning && (
        <CameraScanner
          onRead={(value) => {
            setScanning(false);
            void count(value, 'scan');
          }}
          onError={(reason) => {
            setScanning(false);
            setError(new Error(t('cameraFailed', { reason })));
          }}
        />
      )}
      {last && (
        <Alert
          role="status"
          style={{ marginTop: 12 }}
          type={last.outcome === 'found' ? 'success' : last.outcome === 'found_elsewhere' ? 'warning' : 'info'}
          showIcon
          title={last.outcome ? `${last.no}：${t(`outcome.${last.outcome}`)}` : t('again', { no: last.no })}
        />
      )}
      <div style={{ marginTop: 12 }}>
        <ApiErrorAlert error={error} />
      </div>
    </Card>
  );
}
