import { useRef, useState } from 'react';
import { Alert, Form, Input, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { DayProblem, dayProblemsOf, DraftDay } from './calendar-draft';
import { messages } from './messages';

type Result = Schemas['RecordCalendarYearResultView'];

/** The rows a refused recording names, in the dialog that sent it. */
function Problems({ problems }: { problems: DayProblem[] | null }) {
  const t = useT(messages);
  if (!problems || problems.length === 0) return null;
  return (
    <>
      <Alert type="error" showIcon title={t('problemsTitle', { count: problems.length })} style={{ marginBottom: 8 }} />
      <Table<DayProblem>
        rowKey={(p) => `${p.row}-${p.field}-${p.problem}`}
        size="small"
        pagination={false}
        dataSource={problems}
        columns={[
          { title: t('row'), dataIndex: 'row', width: 60 },
          { title: t('problem'), dataIndex: 'message' },
        ]}
        style={{ marginBottom: 16 }}
      />
    </>
  );
}

/** Sends a recording; the rows it names as wrong are kept for the dialog to list, and the error rethrown for FormDialog. */
function useRecording(year: number) {
  const [problems, setProblems] = useState<DayProblem[] | null>(null);
  // One key per opened dialog: a double click or a retry records once.
  const key = useRef(crypto.randomUUID());
  const send = async (call: (header: { 'Idempotency-Key': string }) => Promise<Result>) => {
    setProblems(null);
    try {
      return await call({ 'Idempotency-Key': key.current });
    } catch (e: unknown) {
      setProblems(dayProblemsOf(e));
      throw e;
    }
  };
  return { problems, send, path: { year } };
}

/** 录入为新版本: the draft list, with the notice it comes from. */
export function SaveDialog({
  year,
  draft,
  onClose,
  onDone,
}: {
  year: number;
  draft: DraftDay[];
  onClose: () => void;
  onDone: (r: Result) => void;
}) {
  const t = useT(messages);
  const { problems, send, path } = useRecording(year);
  const holidays = draft.filter((d) => d.kind === 'holiday').length;
  return (
    <FormDialog<{ source?: string }, Result>
      open
      title={t('saveTitle', { year })}
      okText={t('save')}
      intro={
        <>
          <p>{t('saveIntro', { holidays, workdays: draft.length - holidays })}</p>
          <Problems problems={problems} />
        </>
      }
      onClose={onClose}
      onDone={onDone}
      submit={(v) =>
        send((header) =>
          unwrap(
            api.POST('/api/calendar/years/{year}', {
              params: { path, header },
              body: {
                days: draft.map((d) => ({ date: d.date, kind: d.kind, ...(d.name ? { name: d.name } : {}) })),
                source: v.source ?? '',
              },
            }),
          ),
        )
      }
    >
      <Form.Item name="source" label={t('source')} htmlFor="calendar-save-source">
        <Input id="calendar-save-source" maxLength={200} placeholder={t('sourceHint')} />
      </Form.Item>
    </FormDialog>
  );
}

/** 导入 CSV: a file or pasted lines date,kind[,name]. */
export function ImportDialog({ year, onClose, onDone }: { year: number; onClose: () => void; onDone: (r: Result) => void }) {
  const t = useT(messages);
  const { problems, send, path } = useRecording(year);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  return (
    <FormDialog<{ source?: string }, Result>
      open
      title={t('importTitle', { year })}
      okText={t('import')}
      intro={
        <>
          <p>{t('importIntro')}</p>
          <Problems problems={problems} />
        </>
      }
      onClose={onClose}
      onDone={onDone}
      submit={(v) =>
        send((header) =>
          unwrap(api.POST('/api/calendar/years/{year}/import', { params: { path, header }, body: { csv, source: v.source || fileName } })),
        )
      }
    >
      <Form.Item label={t('file')} htmlFor="calendar-csv-file">
        <input
          id="calendar-csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            void file.text().then(setCsv);
          }}
        />
      </Form.Item>
      <Form.Item label={t('csv')} htmlFor="calendar-csv">
        <Input.TextArea id="calendar-csv" rows={8} value={csv} onChange={(e) => setCsv(e.target.value)} />
      </Form.Item>
      <Form.Item name="source" label={t('source')} htmlFor="calendar-import-source">
        <Input id="calendar-import-source" maxLength={200} placeholder={t('sourceHint')} />
      </Form.Item>
    </FormDialog>
  );
}
