import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { InboxCounts, inboxCounts } from '../api/inbox-stream';
import { useT } from '../i18n/I18nProvider';
import { messages } from '../pages/inbox/messages';

/** The signed-in person's inbox counts, live (see inboxCounts). */
export function useInboxCounts(): InboxCounts | null {
  const [counts, setCounts] = useState<InboxCounts | null>(inboxCounts.current());
  useEffect(() => inboxCounts.subscribe(setCounts), []);
  return counts;
}

/** The bell in the header: open to-dos plus unread messages, a link to the inbox; the number is also said in words. */
export function InboxBadge() {
  const t = useT(messages);
  const counts = useInboxCounts();
  const total = counts ? counts.todos + counts.unread : 0;
  const label = t('badge', { todos: String(counts?.todos ?? 0), unread: String(counts?.unread ?? 0) });
  return (
    <Link
      to="/inbox"
      aria-label={label}
      title={label}
      data-testid="inbox-badge"
      data-count={total}
      style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', minWidth: 44, minHeight: 44 }}
    >
      <Badge count={total} overflowCount={99} size="small" color="#cf1322">
        <BellOutlined style={{ fontSize: 20, color: '#434343' }} aria-hidden />
      </Badge>
    </Link>
  );
}
