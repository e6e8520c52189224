import { useState } from 'react';
import { Alert, Button, Card, Col, Radio, Row, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { CloseDialog } from './CloseDialog';
import { CountPanel } from './CountPanel';
import { saveFile } from '../../../lib/save-file';
import { messages } from './messages';
import { ShortageDialog } from './ShortageDialog';
import { SurplusDialog } from './SurplusDialog';

type Item = Schemas['StocktakeItemView'];
type Outcome = Item['outcome'];
const OUTCOMES: readonly Outcome[] = ['pending', 'found', 'found_elsewhere', 'surplus', 'shortage', 'not_found'];
/** Text on tint, each pair at least 4.5:1 (antd's preset green and orange tags are below AA), as StatusTag does. */
const OUTCOME_STYLES: Record<Outcome, { color: string; background: string; borderColor: string }> = {
  pending: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
  found: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  found_elsewhere: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  surplus: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  shortage: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  not_found: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

/** The file the API sends, saved under `name` (the typed client keeps the session's token). */
async function save(blob: Promise<unknown>, name: string): Promise<void> {
  saveFile((await blob) as Blob, name);
}

/**
 * One stocktake: the counting panel (usable at 375 px), the outcome of every card, surplus and shortage, the
 * label sheet and the discrepancy report; 签字结束 by the asset manager.
 */
export default function StocktakeTaskPage() {
  const t = useT(messages);
  const dept = useDepartmentName();
  const stocktakeId = useParams().stocktakeId ?? '';
  const role = useSession()?.actor.role;
  const [tick, setTick] = useState(0);
  const [filter, setFilter] = useState<'all' | 'discrepancies' | Outcome>('all');
  const [dialog, setDialog] = useState<'surplus' | 'close' | null>(null);
  const [short, setShort] = useState<Item | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>();
  const task = useApi(() => unwrap(api.GET('/api/stocktakes/{stocktakeId}', { params: { path: { stocktakeId } } })), [stocktakeId, tick]);
  const refresh = () => setTick((n) => n + 1);
  const s = task.data;
  const open = s?.status === 'open';
  // Staff count; surplus, shortage and the sign-off are the asset manager's (the API refuses them to others too).
  const manage = open && role === 'asset_manager';
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
      render: (_: unknown, i: Item) => <Tag style={OUTCOME_STYLES[i.outcome]}>{t(`outcome.${i.outcome}`)}</Tag>,
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
        manage && i.expected && i.outcome === 'pending' ? (
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
            {manage && <Button onClick={() => setDialog('surplus')}>{t('surplus')}</Button>}
            {manage && (
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
            {/* Radio buttons rather than tabs: eight filters wrap on a phone instead of hiding behind a menu. */}
            <Radio.Group
              optionType="button"
              value={filter}
              onChange={(e) => setFilter(e.target.value as typeof filter)}
              style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 12 }}
              options={[
                { value: 'all', label: `${t('all')} ${s?.items.length ?? 0}` },
                { value: 'discrepancies', label: t('discrepancies') },
                ...OUTCOMES.map((o) => ({ value: o, label: `${t(`outcome.${o}`)} ${s?.counts[o] ?? 0}` })),
              ]}
            />
            <ScrollRegion label={t('countTitle')}>
              <Table<Item>
                rowKey="assetId"
                size="small"
                loading={task.loading}
                dataSource={items}
                columns={columns}
                locale={{ emptyText: t('empty') }}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
              />
            </ScrollRegion>
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
