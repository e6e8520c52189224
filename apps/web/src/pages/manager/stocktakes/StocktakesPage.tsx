import { useState } from 'react';
import { Button, Card, Progress, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { messages } from './messages';
import { OpenStocktakeDialog } from './OpenStocktakeDialog';

type Task = Schemas['StocktakeView'];

/** 清查盘点: my unit's tasks, open ones first, and 新建盘点任务 (the asset manager's; staff count). */
export default function StocktakesPage() {
  const t = useT(messages);
  const manager = useSession()?.actor.role === 'asset_manager';
  const base = manager ? '/manager/stocktakes' : '/stocktakes';
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const tasks = useApi(() => unwrap(api.GET('/api/stocktakes')), []);
  const done = (task: Task) => task.expectedCount - task.counts.pending - task.counts.not_found;
  const columns = [
    {
      title: t('taskTitle'),
      key: 'title',
      render: (_: unknown, s: Task) => <Link to={`${base}/${s.stocktakeId}`}>{s.title}</Link>,
    },
    { title: t('scope'), key: 'scope', render: (_: unknown, s: Task) => s.location ?? t('wholeUnit') },
    {
      title: t('status'),
      key: 'status',
      render: (_: unknown, s: Task) =>
        s.status === 'open' ? <Tag color="blue">{t('statusOpen')}</Tag> : <Tag color="green">{t('statusClosed')}</Tag>,
    },
    {
      title: t('progress'),
      key: 'progress',
      render: (_: unknown, s: Task) => (
        <span title={t('progressText', { done: done(s), total: s.expectedCount })}>
          <Progress percent={s.expectedCount ? Math.round((100 * done(s)) / s.expectedCount) : 100} size="small" style={{ width: 120 }} />
        </span>
      ),
    },
    { title: t('openedAt'), key: 'openedAt', render: (_: unknown, s: Task) => new Date(s.openedAt).toLocaleString('zh-CN') },
  ];
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          manager && (
            <Button type="primary" onClick={() => setOpening(true)} style={{ minHeight: 44 }}>
              {t('open')}
            </Button>
          )
        }
      />
      <ApiErrorAlert error={tasks.error} />
      <Card>
        <ScrollRegion label={t('title')}>
          <Table<Task>
            rowKey="stocktakeId"
            size="small"
            loading={tasks.loading}
            dataSource={tasks.data ?? []}
            columns={columns}
            locale={{ emptyText: t('empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </ScrollRegion>
      </Card>
      <OpenStocktakeDialog
        open={opening}
        onClose={() => setOpening(false)}
        onDone={(r) => {
          setOpening(false);
          void navigate(`${base}/${r.stocktakeId}`);
        }}
      />
    </>
  );
}
