import { useRef, useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { CsvLifeRow, CsvProblem, parseLifeTableCsv } from './life-table-csv';
import { messages } from './messages';

interface Values {
  effectiveFrom?: string;
  source?: string;
  reason?: string;
}

/** 导入新版本: a CSV read in the page (problems named by line, nothing sent), then one command with the rows. */
export function LoadTableForm({ onLoaded }: { onLoaded: (version: number | null, month: string) => void }) {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<CsvLifeRow[] | null>(null);
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [noFile, setNoFile] = useState(false);
  const key = useRef(crypto.randomUUID());

  const read = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return;
    const parsed = parseLifeTableCsv(await file.text());
    setRows(parsed.rows);
    setProblems(parsed.problems);
  };

  const submit = async (v: Values) => {
    setNoFile(!rows || problems.length > 0);
    if (!rows || problems.length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/api/depreciation/life-tables', {
          params: { header: { 'Idempotency-Key': key.current } },
          body: { effectiveFrom: v.effectiveFrom ?? '', rows, source: v.source ?? '', reason: v.reason ?? '' },
        }),
      );
      key.current = crypto.randomUUID();
      form.resetFields();
      setRows(null);
      onLoaded(result.version, v.effectiveFrom ?? '');
    } catch (e: unknown) {
      key.current = crypto.randomUUID();
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const need = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      <Typography.Paragraph type="secondary">{t('uploadHint')}</Typography.Paragraph>
      <Form.Item label={t('file')} htmlFor="life-table-file">
        <input id="life-table-file" type="file" accept=".csv,text/csv" onChange={(e) => void read(e.target.files?.[0])} />
      </Form.Item>
      {rows && problems.length === 0 && (
        <Alert type="info" showIcon title={t('parsed', { rows: rows.length })} style={{ marginBottom: 16 }} />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p.line}>{t('line', { line: p.line, problem: p.problem })}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form.Item
        name="effectiveFrom"
        label={t('effectiveFrom')}
        rules={[...need(t('effectiveFrom')), { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: t('badMonth') }]}
      >
        <Input placeholder="2027-01" />
      </Form.Item>
      <Form.Item name="source" label={t('source')} rules={need(t('source'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={need(t('reason'))}>
        <Input maxLength={500} />
      </Form.Item>
      {noFile && <Alert type="error" showIcon title={t('noFile')} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('submit')}
      </Button>
    </Form>
  );
}
