import { useState } from 'react';
import { App, Button, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatDateTime } from '../../../lib/dates';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { messages } from './messages';

type DeadLetter = Schemas['DeadLetterView'];

/** 发送失败的通知: the outbox's dead letters with why they failed, each with a button to send it again. */
export default function DeadLettersPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { message } = App.useApp();
  const letters = useApi(() => unwrap(api.GET('/api/outbox/dead-letters')), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const retry = async (d: DeadLetter) => {
    setBusy(d.messageId);
    setError(undefined);
    try {
      await unwrap(api.POST('/api/outbox/dead-letters/{messageId}/retry', { params: { path: { messageId: d.messageId } } }));
      void message.success(t('retried'));
      letters.reload();
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <ApiErrorAlert error={letters.error ?? error} />
      <ScrollRegion label={t('title')}>
        <Table<DeadLetter>
          rowKey="messageId"
          loading={letters.loading}
          dataSource={letters.data ?? []}
          locale={{ emptyText: t('none') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('channel'), render: (_, d) => t(`channel.${d.channel}`) },
            { title: t('recipient'), dataIndex: 'recipient' },
            { title: t('subject'), dataIndex: 'subject' },
            { title: t('attempts'), dataIndex: 'attempts', align: 'right' },
            { title: t('reason'), dataIndex: 'lastError' },
            { title: t('deadAt'), render: (_, d) => formatDateTime(d.deadAt) },
            {
              title: tc('actions'),
              render: (_, d) => (
                <Button
                  size="small"
                  loading={busy === d.messageId}
                  disabled={busy !== null && busy !== d.messageId}
                  onClick={() => void retry(d)}
                  aria-label={`${t('retry')} ${d.subject} ${d.recipient}`}
                >
                  {t('retry')}
                </Button>
              ),
            },
          ]}
        />
      </ScrollRegion>
    </>
  );
}
