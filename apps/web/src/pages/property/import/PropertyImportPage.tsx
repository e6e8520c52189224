import { useState } from 'react';
import { Button, Card, Flex, Form } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ImportProgressCard } from '../../../components/import/ImportProgressCard';
import { ImportReport, ImportReportCard } from '../../../components/import/ImportReportCard';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { saveFile } from '../../../lib/save-file';
import {
  dryRunPropertyImport,
  propertyImportProgress,
  propertyImportTemplate,
  refusedPropertyReport,
  startPropertyImport,
} from './property-import-api';
import { messages } from './messages';

/** Where the registered properties are listed (the core's 物业台账). */
const PROPERTY_LIST = '/properties';

/**
 * 物业导入: download the template, choose a file, check it (试导入: a report by row and column, nothing
 * written), then import; the job runs on the server and its progress is polled. The import starts only when
 * the check found no problem (the server checks again: all or nothing).
 */
export default function PropertyImportPage() {
  const t = useT(messages);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'dry' | 'start' | 'template' | null>(null);
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
        setReport(await dryRunPropertyImport(file));
        setJobId(null);
      } else {
        const started = await startPropertyImport(file);
        setReport(started.report);
        setJobId(started.jobId);
      }
    } catch (e) {
      const refused = refusedPropertyReport(e);
      if (refused) setReport(refused);
      else {
        setReport(null);
        setError(e);
      }
    } finally {
      setBusy(null);
    }
  };

  const downloadTemplate = async () => {
    setBusy('template');
    setError(null);
    try {
      saveFile(await propertyImportTemplate(), '物业导入模板.xlsx');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const canStart = report !== null && report.totals.problems === 0 && jobId === null;
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={() => void run('dry')}>
          <Form.Item label={t('file')} htmlFor="property-import-file" extra={t('fileHelp')}>
            <input
              id="property-import-file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('chooseFile')}
              style={{ maxWidth: '100%', minHeight: 44 }}
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </Form.Item>
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
            <Button size="large" icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => void downloadTemplate()}>
              {t('template')}
            </Button>
          </Flex>
        </Form>
        {error !== null && (
          <div style={{ marginTop: 16 }}>
            <ApiErrorAlert error={error} />
          </div>
        )}
      </Card>
      {jobId && (
        <ImportProgressCard key={jobId} jobId={jobId} load={propertyImportProgress} next={{ to: PROPERTY_LIST, label: t('toList') }} />
      )}
      {report && <ImportReportCard report={report} />}
    </>
  );
}
