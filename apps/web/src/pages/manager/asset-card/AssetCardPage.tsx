import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Spin } from 'antd';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDate } from '../../../lib/dates';
import { TransferSteps } from '../transfers/TransferSteps';
import { CorrectDialog } from './CorrectDialog';
import { DepreciationPanel } from './DepreciationPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { ListDialog } from './ListDialog';
import { ListingPanel } from './ListingPanel';
import { loadCard } from './load-card';
import { messages } from './messages';
import { RelocateDialog } from './RelocateDialog';
import { WithdrawDialog } from './WithdrawDialog';
import { RequestDisposalDialog } from '../disposals/RequestDisposalDialog';
import { disposalWords } from '../disposals/messages';

import { LendDialog } from './LendDialog';

type Dialog = 'correct' | 'relocate' | 'list' | 'withdraw' | 'lend' | 'dispose' | null;

/** 资产卡片: the card, its listing and transfers, its whole history, and the manager's actions. */
export default function AssetCardPage() {
  const { assetId = '' } = useParams();
  const t = useT(messages);
  const tc = useT(common);
  const td = useT(disposalWords);
  const navigate = useNavigate();
  const dept = useDepartmentName();
  const mine = useSession()?.actor.departmentId;
  const [revision, setRevision] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const card = useApi(() => loadCard(assetId, revision), [assetId, revision]);
  const done = useCallback((r: string) => {
    setDialog(null);
    setRevision(r);
  }, []);
  if (!card.data) {
    if (card.error) return <ApiErrorAlert error={card.error} />;
    return <Spin tip={t('syncing')} style={{ display: 'block', margin: 48 }} />;
  }
  const { asset, history } = card.data;
  const ours = asset.departmentId === mine;
  const listingOpen = history.listing?.status === 'listed';
  const actions = ours && (
    <>
      <Button onClick={() => setDialog('correct')}>{t('correct')}</Button>
      {asset.status !== 'on_loan' && <Button onClick={() => setDialog('relocate')}>{t('relocate')}</Button>}
      {asset.status === 'in_use' && (
        <Button type="primary" onClick={() => setDialog('list')}>
          {t('list')}
        </Button>
      )}
      {asset.status === 'in_use' && asset.usage !== 'office_space' && <Button onClick={() => setDialog('lend')}>{t('lend')}</Button>}
      {listingOpen && <Button onClick={() => setDialog('withdraw')}>{t('withdraw')}</Button>}
      {(asset.status === 'in_use' || asset.status === 'listed') && (
        <Button danger onClick={() => setDialog('dispose')}>
          {td('request')}
        </Button>
      )}
    </>
  );
  return (
    <>
      <PageHeader title={`${asset.name} · ${asset.assetNo}`} sub={<StatusTag status={asset.status} />} extra={actions} />
      {card.loading && <Alert type="info" showIcon title={t('syncing')} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <Card title={t('card')}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={t('assetNo')}>{asset.assetNo}</Descriptions.Item>
                <Descriptions.Item label={t('name')}>{asset.name}</Descriptions.Item>
                <Descriptions.Item label={t('category')}>
                  {asset.category.code} {asset.category.className}
                </Descriptions.Item>
                <Descriptions.Item label={t('department')}>
                  <span data-testid="card-department">{dept(asset.departmentId)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('custodian')}>{asset.custodian || t('custodianUnassigned')}</Descriptions.Item>
                <Descriptions.Item label={t('location')}>{asset.location}</Descriptions.Item>
                <Descriptions.Item label={t('acquiredOn')}>{formatDate(asset.acquiredOn)}</Descriptions.Item>
                <Descriptions.Item label={t('quantity')}>
                  {asset.quantity} {asset.unit}
                </Descriptions.Item>
                <Descriptions.Item label={t('originalValue')}>
                  <Money fen={asset.originalValueFen} />
                </Descriptions.Item>
                <Descriptions.Item label={t('depreciation')}>
                  <Money fen={asset.accumulatedDepreciationFen} />
                </Descriptions.Item>
                <Descriptions.Item label={t('netBookValue')}>
                  <Money fen={asset.netBookValueFen} strong />
                </Descriptions.Item>
                <Descriptions.Item label={t('condition')}>{tc(`condition.${asset.condition as 'good'}`)}</Descriptions.Item>
                <Descriptions.Item label={t('brand')}>{asset.brand ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('specification')}>{asset.specification ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('depreciationLedger')}>
              <DepreciationPanel assetId={assetId} />
            </Card>
            <Card title={t('listing')}>
              {history.listing ? <ListingPanel listing={history.listing} /> : <Empty description={tc('empty')} />}
            </Card>
            <Card title={t('transfers')}>
              {history.transfers.length ? (
                <Space orientation="vertical" style={{ width: '100%' }} size={24}>
                  {history.transfers.map((tr) => (
                    <TransferSteps key={tr.transferId} transfer={tr} onChanged={setRevision} />
                  ))}
                </Space>
              ) : (
                <Empty description={tc('empty')} />
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('history')}>
            <HistoryTimeline events={history.events} />
          </Card>
        </Col>
      </Row>
      <CorrectDialog asset={asset} open={dialog === 'correct'} onClose={() => setDialog(null)} onDone={done} />
      <RelocateDialog asset={asset} open={dialog === 'relocate'} onClose={() => setDialog(null)} onDone={done} />
      <ListDialog asset={asset} open={dialog === 'list'} onClose={() => setDialog(null)} onDone={done} />
      <WithdrawDialog asset={asset} open={dialog === 'withdraw'} onClose={() => setDialog(null)} onDone={done} />
      <RequestDisposalDialog
        assetIds={[asset.assetId]}
        name={`${asset.name} · ${asset.assetNo}`}
        open={dialog === 'dispose'}
        onClose={() => setDialog(null)}
        onDone={() => void navigate('/manager/disposals')}
      />
      <LendDialog asset={asset} open={dialog === 'lend'} onClose={() => setDialog(null)} onDone={done} />
    </>
  );
}
