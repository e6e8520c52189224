import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { CloseDialog } from './CloseDialog';
import { CountPanel } from './CountPanel';
import { messages } from './messages';
import { ShortageDialog } from './ShortageDialog';
import { SurplusDialog } from './SurplusDialog';

type Item = Schemas['StocktakeItemView'];
type Outcome = Item['outcome'];
const OUTCOMES: readonly Outcome[] = ['pending', 'found', 'found_elsewhere', 'surplus', 'shortage', 'not_found'];
const COLORS: Record<Outcome, string> = {
  pending: 'default',
  found: 'green',
  found_elsewhere: 'orange',
  surplus: 'blue',
  shortage: 'red',
  not_found: 'volcano',
};

/** The file the API sends, saved under `name` (the typed client keeps the session's token). */
async function save(blob: Promise<unknown>, name: string): Promise<void> {
  const url = URL.createObjectURL((await blob) as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * One stocktake: the counting panel (usable at 375 px), the outcome of every card, surplus and shortage, the
 * label sheet and the discrepancy report; 签字结束 by the asset manager.
 */
export default function StocktakeTaskPage() {
  const t = useT(messages);
  const dept = useDepartmentName();
  const stocktakeId = useParams().stocktakeId ?? '';
  const [tick, setTick] = useState(0);
  const [filter, setFilter] = useState<'all' | 'discrepancies' | Outcome>('all');
  const [dialog, setDialog] = useState<'surplus' | 'close' | null>(null);
  const [short, setShort] = useState<Item | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>();
  const task = useApi(() => unwrap(api.GET('/api/stocktakes/{stocktakeId}', { params: { path: { stocktakeId } } })), [stocktakeId, tick]);
  const refresh = () => setTick((n) => n + 1);
  const s = task.data;
  const open = s?.status === 'open';
  const path = { params: { path: { stocktakeId } }, parseAs: 'blob' } as const;
  const download = (kind: 'labels' | 'report') => {
    setDownloadError(undefined);
    const call =
      kind === 'labels'
        ? save(unwrap(api.GET('/api/stocktakes/{stocktakeId}/labels.pdf', path)), 'asset-labels.pdf')
        : save(unwrap(api.GET('/api/stocktakes/{stocktakeId}/report.csv', path)), 'stocktake-report.csv');
    call.catch(setDownloadError);
  };
  const items = (s?.items ?? []).filter((i) =>
    filter === 'all' ? true : filter === 'discrepancies' ? i.outcome !== 'found' && i.outcome !== 'pending' : i.outcome === filter,
  );
  const columns = [
    { title: t('assetNo'), dataIndex: 'assetNo', key: 'assetNo' },
    { title: t('name'), dataIndex: 'assetName', key: 'assetName' },
    {
      title: t('countTitle'),
      key: 'outcome',
      render: (_: unknown, i: Item) => <Tag color={COLORS[i.outcome]}>{t(`outcome.${i.outcome}`)}</Tag>,
    },
    {
      title: t('cardPlace'),
      key: 'cardPlace',
      render: (_: unknown, i: Item) =>
        i.cardDepartmentId === s?.departmentId ? i.cardLocation : `${dept(i.cardDepartmentId)} ${i.cardLocation}`,
    },
    { title: t('foundPlace'), key: 'foundAt', render: (_: unknown, i: Item) => i.foundAt ?? '' },
    { title: t('by'), dataIndex: 'settledBy', key: 'settledBy' },
    { title: t('at'), key: 'at', render: (_: unknown, i: Item) => (i.settledAt ? new Date(i.settledAt).toLocaleString('zh-CN') : '') },
    { title: t('reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: '',
      key: 'action',
      render: (_: unknown, i: Item) =>
        open && i.expected && i.outcome === 'pending' ? (
          <Button size="small" danger onClick={() => setShort(i)}>
            {t('shortage')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={s?.title ?? ''}
        sub={s ? `${dept(s.departmentId)} · ${t('scope', { scope: s.location ?? t('wholeUnit') })}` : undefined}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => download('labels')}>
              {t('labels')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => download('report')}>
              {t('reportCsv')}
            </Button>
            {open && <Button onClick={() => setDialog('surplus')}>{t('surplus')}</Button>}
            {open && (
              <Button type="primary" onClick={() => setDialog('close')}>
                {t('close')}
              </Button>
            )}
          </>
        }
      />
      <ApiErrorAlert error={task.error ?? downloadError} />
      {s && !open && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('closedBy', { name: s.signedOffName ?? '', opinion: s.opinion ?? '' })}
        />
      )}
      <Row gutter={[16, 16]}>
        {open && (
          <Col xs={24} lg={8}>
            <CountPanel stocktakeId={stocktakeId} onCounted={refresh} />
          </Col>
        )}
        <Col xs={24} lg={open ? 16 : 24}>
          <Card size="small">
            <Tabs
              activeKey={filter}
              onChange={(k) => setFilter(k as typeof filter)}
              items={[
                { key: 'all', label: `${t('all')} ${s?.items.length ?? 0}` },
                { key: 'discrepancies', label: t('discrepancies') },
                ...OUTCOMES.map((o) => ({ key: o, label: `${t(`outcome.${o}`)} ${s?.counts[o] ?? 0}` })),
              ]}
            />
            <Table<Item>
              rowKey="assetId"
              size="small"
              scroll={{ x: 'max-content' }}
              loading={task.loading}
              dataSource={items}
              columns={columns}
              locale={{ emptyText: t('empty') }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
            />
          </Card>
        </Col>
      </Row>
      <SurplusDialog
        stocktakeId={stocktakeId}
        open={dialog === 'surplus'}
        location={s?.location ?? null}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          refresh();
        }}
      />
      <CloseDialog
        stocktakeId={stocktakeId}
        open={dialog === 'close'}
        pending={s?.counts.pending ?? 0}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          refresh();
        }}
      />
      <ShortageDialog
        stocktakeId={stocktakeId}
        item={short}
        onClose={() => setShort(null)}
        onDone={() => {
          setShort(null);
          refresh();
        }}
      />
    </>
  );
}
