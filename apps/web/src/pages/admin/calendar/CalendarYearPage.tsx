import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, InputNumber, message, Space, Table, Tag } from 'antd';
import { DownloadOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { todayInChina } from '../../../lib/dates';
import { saveFile } from '../../../lib/save-file';
import { draftCsv, DraftDay, removeDay, sameDays, upsertDay, weekdayOf } from './calendar-draft';
import { DayEditor } from './DayEditor';
import { HistoryTable } from './HistoryTable';
import { messages } from './messages';
import { ImportDialog, SaveDialog } from './RecordDialogs';

type Result = Schemas['RecordCalendarYearResultView'];

/** Text on tint, every pair ≥ 4.5:1 (antd's preset orange tag is below AA); the words say the status, not the colour. */
const STATUS_STYLES: Record<Schemas['CalendarYearView']['status'], { color: string; background: string; borderColor: string }> = {
  recorded: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  packaged: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  provisional: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  unknown: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

/**
 * 节假日安排 (系统管理员): a year's holidays and make-up working days as the calendar uses them, edited as a
 * list and recorded as a new version (or imported from a CSV), with who recorded what and when.
 */
export default function CalendarYearPage() {
  const t = useT(messages);
  const [year, setYear] = useState(Number(todayInChina().slice(0, 4)) + 1);
  const [reload, setReload] = useState(0);
  const [draft, setDraft] = useState<DraftDay[]>([]);
  const [editing, setEditing] = useState<DraftDay | null>(null);
  const [dialog, setDialog] = useState<'save' | 'import' | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const view = useApi(() => unwrap(api.GET('/api/calendar/years/{year}', { params: { path: { year } } })), [year, reload]);
  const inForce: DraftDay[] = view.data?.days ?? [];
  useEffect(() => setDraft(view.data?.days ?? []), [view.data]);
  const changed = !sameDays(draft, inForce);

  const done = (r: Result) => {
    setDialog(null);
    void toast.success(r.unchanged ? t('unchanged') : t('recorded', { version: r.version, changed: r.changedDays }));
    setReload((n) => n + 1);
  };
  const status = view.data?.status;
  const version = view.data?.history[0]?.version ?? 0;

  return (
    <>
      {toastHolder}
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Button icon={<ImportOutlined />} onClick={() => setDialog('import')} style={{ minHeight: 44 }}>
            {t('import')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="large" align="center">
          <label htmlFor="calendar-year">{t('year')}</label>
          <InputNumber id="calendar-year" min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
          {status && (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('status')}>
                <Tag style={STATUS_STYLES[status]}>{t(`status.${status}`, { version })}</Tag>
              </Descriptions.Item>
            </Descriptions>
          )}
        </Space>
      </Card>
      <ApiErrorAlert error={view.error} />
      <Card
        title={t('days')}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => saveFile(draftCsv(draft), `${year}-holidays.csv`, 'text/csv')}>
              {t('exportCsv')}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={draft.length === 0}
              onClick={() => setDialog('save')}
              style={{ minHeight: 44 }}
            >
              {t('save')}
            </Button>
          </Space>
        }
      >
        <DayEditor year={year} editing={editing} onPut={(day) => (setDraft((d) => upsertDay(d, day)), setEditing(null))} />
        {changed && <Alert type="warning" showIcon title={t('draftChanged')} style={{ marginBottom: 16 }} />}
        <Table<DraftDay>
          rowKey="date"
          size="small"
          loading={view.loading}
          dataSource={draft}
          pagination={false}
          locale={{ emptyText: t('emptyDays') }}
          columns={[
            { title: t('date'), dataIndex: 'date', width: 120 },
            { title: t('weekday'), key: 'weekday', width: 70, render: (_, d) => t(`weekday.${weekdayOf(d.date)}` as 'weekday.0') },
            {
              title: t('kind'),
              dataIndex: 'kind',
              width: 90,
              // Words, not colour alone, tell the kinds apart.
              render: (k: DraftDay['kind']) => <Tag style={k === 'holiday' ? STATUS_STYLES.unknown : undefined}>{t(`kind.${k}`)}</Tag>,
            },
            { title: t('name'), dataIndex: 'name', render: (n: string | null) => n ?? '—' },
            {
              title: t('actions'),
              key: 'actions',
              width: 140,
              render: (_, d) => (
                <Space>
                  <Button size="small" type="link" onClick={() => setEditing(d)} aria-label={`${t('edit')} ${d.date}`}>
                    {t('edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setDraft((all) => removeDay(all, d.date))}
                    aria-label={`${t('remove')} ${d.date}`}
                  >
                    {t('remove')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('history')}>
        <HistoryTable history={view.data?.history ?? []} />
      </Card>
      {dialog === 'save' && <SaveDialog year={year} draft={draft} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'import' && <ImportDialog year={year} onClose={() => setDialog(null)} onDone={done} />}
    </>
  );
}
