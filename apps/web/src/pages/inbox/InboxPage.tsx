import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Empty, Flex, Switch, Tabs, Tag, Typography } from 'antd';
import { api, Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { inboxCounts } from '../../api/inbox-stream';
import { useCursorPages } from '../../api/useCursorPages';
import { useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { useInboxCounts } from '../../layout/InboxBadge';
import { PageHeader } from '../../layout/PageHeader';
import { formatDateTime } from '../../lib/dates';
import { formatCount } from '../../lib/money';
import { messages } from './messages';

type Todo = Schemas['TodoView'];
type Note = Schemas['NotificationView'];
type Tab = 'todos' | 'messages';

/** 待办 (what waits for me) and 消息 (what happened to my things); each item opens the page that shows its object. */
export default function InboxPage() {
  const t = useT(messages);
  const counts = useInboxCounts();
  const [tab, setTab] = useState<Tab>('todos');
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={[
          { key: 'todos', label: counts ? t('tabTodosCount', { n: formatCount(counts.todos) }) : t('tabTodos') },
          { key: 'messages', label: counts ? t('tabMessagesCount', { n: formatCount(counts.unread) }) : t('tabMessages') },
        ]}
      />
      {tab === 'todos' ? <TodoList version={counts?.todos} /> : <MessageList version={counts?.unread} />}
    </>
  );
}

/** Reloads the list when the live count changes (another person acted), not on the first count. */
function useReloadOn(version: number | undefined, reload: () => void) {
  const [seen, setSeen] = useState(version);
  useEffect(() => {
    if (version === undefined || version === seen) return;
    if (seen !== undefined) reload();
    setSeen(version);
  }, [version, seen, reload]);
}

function TodoList({ version }: { version: number | undefined }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const [showDone, setShowDone] = useState(false);
  const list = useCursorPages(
    (cursor) => unwrap(api.GET('/api/inbox', { params: { query: { view: showDone ? 'closed' : 'open', cursor, limit: 20 } } })),
    [showDone],
  );
  useReloadOn(version, list.reload);
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Switch checked={showDone} onChange={setShowDone} aria-label={t('showDone')} id="inbox-show-done" />
        <label htmlFor="inbox-show-done">{t('showDone')}</label>
      </Flex>
      <ApiErrorAlert error={list.error} />
      {list.items.length === 0 && !list.loading && !list.error && <Empty description={t('emptyTodos')} />}
      <Flex vertical gap={12} role="list" aria-label={t('tabTodos')}>
        {list.items.map((item: Todo) => (
          <Card key={item.taskKey} size="small" role="listitem">
            <Flex justify="space-between" align="flex-start" gap={12} wrap>
              <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Typography.Text strong>{item.title}</Typography.Text>
                {item.closedAt && <Tag style={{ marginLeft: 8 }}>{t(`closed_${item.closedReason ?? 'done'}` as 'closed_done')}</Tag>}
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>{item.body}</Typography.Paragraph>
                <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
              </div>
              <Button type={item.closedAt ? 'default' : 'primary'} onClick={() => void navigate(item.link)} style={{ minHeight: 44 }}>
                {t('open')}
              </Button>
            </Flex>
          </Card>
        ))}
      </Flex>
      {list.hasMore && (
        <Button block onClick={list.more} loading={list.loading} style={{ marginTop: 12, minHeight: 44 }}>
          {t('more')}
        </Button>
      )}
    </>
  );
}

function MessageList({ version }: { version: number | undefined }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set());
  const list = useCursorPages((cursor) => unwrap(api.GET('/api/notifications', { params: { query: { cursor, limit: 20 } } })), []);
  useReloadOn(version, list.reload);

  const markRead = async (ids: string[] | null) => {
    try {
      const result = await unwrap(
        ids && ids.length === 1
          ? api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId: ids[0] } } })
          : api.POST('/api/notifications/read', { body: ids ? { ids } : {} }),
      );
      setReadNow((prev) => new Set([...prev, ...(ids ?? list.items.map((n) => n.notificationId))]));
      inboxCounts.set(result.counts);
    } catch (e: unknown) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const isRead = (n: Note) => n.read || readNow.has(n.notificationId);
  const unread = list.items.some((n) => !isRead(n));

  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button onClick={() => void markRead(null)} disabled={!unread} style={{ minHeight: 44 }}>
          {t('markAllRead')}
        </Button>
      </Flex>
      <ApiErrorAlert error={list.error} />
      {list.items.length === 0 && !list.loading && !list.error && <Empty description={t('emptyMessages')} />}
      <Flex vertical gap={12} role="list" aria-label={t('tabMessages')}>
        {list.items.map((item: Note) => (
          <Card
            key={item.notificationId}
            size="small"
            role="listitem"
            style={isRead(item) ? undefined : { borderLeft: '4px solid #0958d9' }}
          >
            <Flex justify="space-between" align="flex-start" gap={12} wrap>
              <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                {/* Unread is said in words as well as by the bar (never by colour alone). */}
                <Tag color={isRead(item) ? 'default' : 'blue'}>{isRead(item) ? t('read') : t('unread')}</Tag>
                <Typography.Text strong>{item.title}</Typography.Text>
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>{item.body}</Typography.Paragraph>
                <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
              </div>
              <Flex gap={8} wrap>
                {!isRead(item) && (
                  <Button onClick={() => void markRead([item.notificationId])} style={{ minHeight: 44 }}>
                    {t('markRead')}
                  </Button>
                )}
                <Button
                  type="primary"
                  style={{ minHeight: 44 }}
                  onClick={() => {
                    if (!isRead(item)) void markRead([item.notificationId]);
                    void navigate(item.link);
                  }}
                >
                  {t('open')}
                </Button>
              </Flex>
            </Flex>
          </Card>
        ))}
      </Flex>
      {list.hasMore && (
        <Button block onClick={list.more} loading={list.loading} style={{ marginTop: 12, minHeight: 44 }}>
          {t('more')}
        </Button>
      )}
    </>
  );
}
