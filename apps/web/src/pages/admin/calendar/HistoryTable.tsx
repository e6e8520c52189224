import { Table } from 'antd';
import { Schemas } from '../../../api/client';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/dates';
import { messages } from './messages';

type Recording = Schemas['CalendarRecordingView'];

/** Who recorded which version of the year, when, how, and how many days it turned between rest and work. */
export function HistoryTable({ history }: { history: Recording[] }) {
  const t = useT(messages);
  return (
    <ScrollRegion label={t('history')}>
      <Table<Recording>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={history}
        locale={{ emptyText: t('noHistory') }}
        columns={[
          { title: t('version'), dataIndex: 'version', width: 70 },
          { title: t('recordedBy'), dataIndex: 'recordedBy' },
          { title: t('recordedAt'), dataIndex: 'recordedAt', render: (at: string) => formatDateTime(at) },
          { title: t('via'), dataIndex: 'via', render: (via: Recording['via']) => t(`via.${via}`) },
          { title: t('source'), dataIndex: 'source', render: (s: string) => s || '—' },
          { title: t('counts'), key: 'counts', align: 'right', render: (_, r) => `${r.holidays} / ${r.workdays}` },
          {
            title: t('changes'),
            key: 'changes',
            render: (_, r) =>
              r.changes.length === 0
                ? '—'
                : r.changes.map((c) => `${c.date} ${c.restDay ? t('kind.holiday') : t('kind.workday')}`).join('、'),
          },
        ]}
      />
    </ScrollRegion>
  );
}
