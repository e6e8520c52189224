import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { api } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { MatchList } from '../components/MatchList';
import { messages } from './messages';

export interface GateState {
  readonly purchaseId: string;
  readonly gate: 'clear' | 'blocked' | 'overridden' | 'withdrawn';
  readonly matchedListingIds: readonly string[];
}

/** The purchase gate's answer: go ahead (nothing idle), or the idle stock found with "claim it" and "go ahead with a reason". */
export function GateAnswer({ state, onChanged }: { state: GateState; onChanged(next: GateState): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const ids = state.matchedListingIds.join(',');
  const listings = useApi(
    () =>
      Promise.all(
        state.matchedListingIds.map((listingId) =>
          unwrap(api.GET('/api/marketplace/{listingId}', { params: { path: { listingId } } })).catch(() => null),
        ),
      ).then((found) => found.filter((l) => l !== null && l.status === 'listed').map((l) => l!)),
    [ids],
  );

  const act = async (kind: 'override' | 'withdrawal', reason: string) => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      const options = {
        params: { path: { purchaseId: state.purchaseId }, header: { 'Idempotency-Key': key.current } },
        body: { reason },
      };
      if (kind === 'override') await unwrap(api.POST('/api/purchase-requests/{purchaseId}/override', options));
      else await unwrap(api.POST('/api/purchase-requests/{purchaseId}/withdrawal', options));
      key.current = crypto.randomUUID();
      void message.success(t(kind === 'override' ? 'overridden' : 'withdrawn'));
      onChanged({ ...state, gate: kind === 'override' ? 'overridden' : 'withdrawn' });
    } catch (e: unknown) {
      setError(e);
      setUnplaced(showFieldErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  if (state.gate === 'clear') return <Result status="success" title={t('clearTitle')} subTitle={t('clearText')} />;
  if (state.gate === 'overridden') return <Result status="success" title={t('overridden')} />;
  if (state.gate === 'withdrawn') return <Result status="info" title={t('withdrawn')} />;
  return (
    <Card>
      <Alert
        type="warning"
        showIcon
        title={t('blockedTitle', { n: state.matchedListingIds.length })}
        description={t('blockedText')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={4}>{t('matches')}</Typography.Title>
      <MatchList listings={listings.data ?? []} loading={listings.loading} error={listings.error} emptyText={t('noLongerListed')} />
      <Form form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={({ reason }) => void act('override', reason)}>
        <Form.Item
          name="reason"
          label={t('overrideReason')}
          extra={t('overrideHelp')}
          rules={[{ required: true, min: 2, whitespace: true, message: t('required', { field: t('overrideReason') }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <ApiErrorAlert error={error} extra={unplaced} />
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }}>
            {t('override')}
          </Button>
          <Button disabled={busy} style={{ minHeight: 44 }} onClick={() => void act('withdrawal', t('withdrawReason'))}>
            {t('withdraw')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
