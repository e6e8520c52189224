import { useState } from 'react';
import { Alert, Button, Card, Collapse, Flex, Form } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ColumnMappingForm, ImportFieldName } from './ColumnMappingForm';
import { ImportProgressCard } from '../../../components/import/ImportProgressCard';
import { ImportReportCard } from '../../../components/import/ImportReportCard';
import { ColumnMapping, dryRunImport, errorDetail, ImportReport, importProgress, refusedReport, startImport } from './import-api';
import { messages } from './messages';

/** field → header (as the form holds it) into header → field (as the API takes it). */
const toMapping = (byField: Partial<Record<ImportFieldName, string>>): ColumnMapping =>
  Object.fromEntries(Object.entries(byField).flatMap(([field, header]) => (header ? [[header, field]] : [])));

/**
 * 资产导入: choose a register file, check it (试导入: a report by row and column, nothing written), map
 * columns when the headers differ, then import; the job runs on the server and its progress is polled.
 * The import starts only when the check found no problem (the server checks again: all or nothing).
 */
export default function AssetImportPage() {
  const t = useT(messages);
  const [file, setFile] = useState<File | null>(null);
  const [byField, setByField] = useState<Partial<Record<ImportFieldName, string>>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'dry' | 'start' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = (chosen: File | undefined) => {
    setFile(chosen ?? null);
    setReport(null);
    setJobId(null);
    setError(null);
  };

  const run = async (what: 'dry' | 'start') => {
    if (!file) return;
    setBusy(what);
    setError(null);
    try {
      if (what === 'dry') {
        setReport(await dryRunImport(file, toMapping(byField)));
        setJobId(null);
      } else {
        const started = await startImport(file, toMapping(byField));
        setReport(started.report);
        setJobId(started.jobId);
      }
    } catch (e) {
      const refused = refusedReport(e);
      if (refused) setReport(refused);
      else {
        setReport(null);
        setError(e);
      }
    } finally {
      setBusy(null);
    }
  };

  const missingColumns = report?.problems.some((p) => p.code === 'COLUMN_MISSING') ?? false;
  const canStart = report !== null && report.totals.problems === 0 && jobId === null;
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={() => void run('dry')}>
          <Form.Item label={t('file')} htmlFor="asset-import-file" extra={t('fileHelp')}>
            <input
              id="asset-import-file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('chooseFile')}
              style={{ maxWidth: '100%', minHeight: 44 }}
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </Form.Item>
          {report && report.headers.length > 0 && (
            <Collapse
              style={{ marginBottom: 16 }}
              defaultActiveKey={missingColumns ? ['mapping'] : []}
              items={[
                {
                  key: 'mapping',
                  label: t('mappingTitle'),
                  children: <ColumnMappingForm headers={report.headers} value={byField} onChange={setByField} />,
                },
              ]}
            />
          )}
          <Flex gap={8} wrap>
            <Button htmlType="submit" size="large" loading={busy === 'dry'} disabled={!file || busy !== null}>
              {t('dryRun')}
            </Button>
            <Button
              type="primary"
              size="large"
              loading={busy === 'start'}
              disabled={!file || !canStart || busy !== null}
              onClick={() => void run('start')}
            >
              {t('start')}
            </Button>
          </Flex>
        </Form>
        {error !== null && (
          <div style={{ marginTop: 16 }}>
            <ApiErrorAlert error={error} />
            {errorDetail(error) && <Alert type="info" title={errorDetail(error)} style={{ marginTop: 8 }} />}
          </div>
        )}
      </Card>
      {jobId && (
        <ImportProgressCard key={jobId} jobId={jobId} load={importProgress} next={{ to: '/manager/assets', label: t('toRegister') }} />
      )}
      {report && <ImportReportCard report={report} />}
    </>
  );
}
