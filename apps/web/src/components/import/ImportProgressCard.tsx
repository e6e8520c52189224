import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Progress, Table } from 'antd';
import { Link } from 'react-router';
import { Schemas } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { importMessages as messages } from './import-messages';

export type ImportProgress = Schemas['ImportProgressView'];

const POLL_MS = 1000;
const count = (n: number) => n.toLocaleString('zh-CN');

/**
 * A running import, polled (through `load`) until its job is done; then what it registered, skipped and was
 * refused, and a link to where the registered records are (`next`).
 */
export function ImportProgressCard({
  jobId,
  load,
  next,
}: {
  jobId: string;
  load: (jobId: string) => Promise<ImportProgress>;
  next: { to: string; label: string };
}) {
  const t = useT(messages);
  const [job, setJob] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const latest = await load(jobId);
        if (stopped) return;
        setJob(latest);
        setError(null);
        if (latest.status !== 'done') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (stopped) return;
        setError(e);
        timer = setTimeout(() => void poll(), POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, load]);

  const percent = job && job.totalRows > 0 ? Math.floor((job.rowsDone * 100) / job.totalRows) : job ? 100 : 0;
  return (
    <Card title={t('progressTitle')} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={error} />
      <Progress
        percent={percent}
        status={job?.status === 'done' ? (job.failed > 0 ? 'exception' : 'success') : 'active'}
        aria-label={t('progressTitle')}
      />
      {job && (
        <div role="status" aria-live="polite" style={{ margin: '8px 0' }}>
          {job.status === 'done' ? t('done') : t('running', { done: count(job.rowsDone), total: count(job.totalRows) })}
        </div>
      )}
      {job?.status === 'done' && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
            <Descriptions.Item label={t('imported')}>{count(job.imported)}</Descriptions.Item>
            <Descriptions.Item label={t('skipped')}>{count(job.skipped)}</Descriptions.Item>
            <Descriptions.Item label={t('failed')}>{count(job.failed)}</Descriptions.Item>
          </Descriptions>
          {job.failures.length > 0 && (
            <Table
              size="small"
              scroll={{ x: 'max-content' }}
              rowKey={(f) => `${f.row}-${f.code}`}
              dataSource={job.failures}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('row'), dataIndex: 'row', key: 'row', width: 72 },
                { title: t('problem'), dataIndex: 'problem', key: 'problem' },
              ]}
            />
          )}
          {job.failed === 0 && <Alert type="success" showIcon title={t('done')} style={{ marginBottom: 8 }} />}
          <Link to={next.to}>{next.label}</Link>
        </>
      )}
    </Card>
  );
}
