import { useState } from 'react';
import { App, Button, Card, Col, Collapse, Descriptions, Empty, Flex, Row, Spin, Tabs, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useCursorPages } from '../../../api/useCursorPages';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { common } from '../../../i18n/common';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { formatCount } from '../../../lib/money';
import { ListingPhoto } from '../../staff/components/ListingPhoto';
import { useConditionText } from '../../staff/components/ListingCard';
import { ApprovalChain } from './ApprovalChain';
import { AssetCardFacts } from './AssetCardFacts';
import { Decision, DecisionDialog } from './DecisionDialog';
import { messages } from './messages';
import { DisposalInbox } from './DisposalInbox';
import { disposalWords } from '../../manager/disposals/messages';

type Item = Schemas['ApprovalItemView'];
type StepKind = 'supervisor_review' | 'finance_approval';

type View = 'waiting' | 'decided';
type Tab = View | 'disposals';

/** 待审批 and 已处理: each transfer waiting for my step (approve or reject with a reason), and those whose step I already decided. */
export default function InboxPage() {
  const t = useT(messages);
  const td = useT(disposalWords);
  const [view, setView] = useState<Tab>('waiting');
  return (
    <>
      <PageHeader title={t('title')} sub={view === 'disposals' ? td('inboxSub') : t(view === 'decided' ? 'subDecided' : 'sub')} />
      <Tabs
        activeKey={view}
        onChange={(key) => setView(key as Tab)}
        items={[
          { key: 'waiting', label: t('tabWaiting') },
          { key: 'decided', label: t('tabDecided') },
          { key: 'disposals', label: td('inboxTab') },
        ]}
      />
      {view === 'disposals' ? <DisposalInbox /> : <InboxList key={view} view={view} />}
    </>
  );
}

function InboxList({ view }: { view: View }) {
  const t = useT(messages);
  const tc = useT(common);
  const { message } = App.useApp();
  const [total, setTotal] = useState<number | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const inbox = useCursorPages(
    async (cursor) => {
      const page = await unwrap(api.GET('/api/approvals', { params: { query: { view, cursor, limit: 10 } } }));
      setTotal(page.total);
      return page;
    },
    [view],
  );
  const items = inbox.items.filter((i) => !decided.has(i.transfer.transferId));
  const shown = total === null ? null : Math.max(0, total - decided.size);

  return (
    <>
      {shown !== null && (
        <Typography.Paragraph type="secondary">
          {t(view === 'waiting' ? 'count' : 'countDecided', { n: formatCount(shown) })}
        </Typography.Paragraph>
      )}
      <ApiErrorAlert error={inbox.error} />
      {items.length === 0 && !inbox.loading && !inbox.error && <Empty description={t(view === 'waiting' ? 'empty' : 'emptyDecided')} />}
      <Flex vertical gap={16} role="list" aria-label={t(view === 'waiting' ? 'tabWaiting' : 'tabDecided')}>
        {items.map((item) => (
          <InboxItem
            key={item.transfer.transferId}
            item={item}
            onDecide={view === 'waiting' ? (approve) => setDecision({ transfer: item.transfer, approve }) : undefined}
          />
        ))}
      </Flex>
      <div style={{ textAlign: 'center', padding: 16 }}>
        {inbox.loading && <Spin />}
        {!inbox.loading && inbox.hasMore && (
          <Button onClick={inbox.more} style={{ minHeight: 44 }}>
            {tc('loadMore')}
          </Button>
        )}
      </div>
      <DecisionDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(d) => {
          void message.success(t(d.approve ? 'approved' : 'rejected'));
          // The decided transfer leaves the waiting list now; the 已处理 tab reads it after the write.
          setDecided((s) => new Set(s).add(d.transfer.transferId));
          setDecision(null);
        }}
      />
    </>
  );
}

/** One transfer: the asset, its value, the claim and the chain; approve and reject when my step is due, my decision once made. */
function InboxItem({ item, onDecide }: { item: Item; onDecide?: (approve: boolean) => void }) {
  const t = useT(messages);
  const department = useDepartmentName();
  const condition = useConditionText();
  const { transfer, claim, listing } = item;
  return (
    <Card role="listitem" data-testid="approval-item">
      <Row gutter={[16, 12]}>
        <Col xs={24} md={5}>
          <ListingPhoto
            url={listing?.photos[0]?.url}
            alt={t('photoOf', { name: transfer.assetName })}
            placeholder={t('noPhoto')}
            height={140}
          />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {transfer.assetName}
          </Typography.Title>
          <Flex wrap gap={4} style={{ marginBottom: 8 }}>
            <Tag color="purple">
              {t('step')}：{t(`step.${item.step as StepKind}`)}
            </Tag>
            {transfer.crossesSupervisors && <Tag>{t('crosses')}</Tag>}
          </Flex>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('assetNo')}>{transfer.assetNo}</Descriptions.Item>
            <Descriptions.Item label={t('waitingSince')}>{formatDateTime(transfer.startedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('from')}>{department(transfer.fromDepartmentId)}</Descriptions.Item>
            <Descriptions.Item label={t('to')}>{department(transfer.toDepartmentId)}</Descriptions.Item>
            <Descriptions.Item label={t('originalValue')}>
              <Money fen={transfer.originalValueFen} strong />
            </Descriptions.Item>
            <Descriptions.Item label={t('netBookValue')}>
              <Money fen={transfer.netBookValueFen} />
            </Descriptions.Item>
            {listing && <Descriptions.Item label={t('condition')}>{condition(listing.condition)}</Descriptions.Item>}
            {listing && <Descriptions.Item label={t('place')}>{listing.pickupLocation}</Descriptions.Item>}
            {claim && (
              <Descriptions.Item label={t('justification')} span={2}>
                {claim.justification}（{t('claimedBy')}：{claim.claimedBy}）
              </Descriptions.Item>
            )}
            {listing?.description && (
              <Descriptions.Item label={t('description')} span={2}>
                {listing.description}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Col>
        <Col xs={24} md={7}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('chain')}
          </Typography.Title>
          <ApprovalChain item={item} />
          {onDecide ? (
            <Flex gap={8} wrap>
              <Button
                type="primary"
                style={{ minHeight: 44 }}
                aria-label={`${t('approve')} ${transfer.assetName}`}
                onClick={() => onDecide(true)}
              >
                {t('approve')}
              </Button>
              <Button style={{ minHeight: 44 }} aria-label={`${t('reject')} ${transfer.assetName}`} onClick={() => onDecide(false)}>
                {t('reject')}
              </Button>
            </Flex>
          ) : (
            <MyDecision item={item} />
          )}
        </Col>
      </Row>
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[{ key: 'card', label: t('card'), children: <AssetCardFacts assetId={transfer.assetId} /> }]}
      />
    </Card>
  );
}

/** The decision I made on my step, as the chain records it. */
function MyDecision({ item }: { item: Item }) {
  const t = useT(messages);
  const mine = item.transfer.steps.find((s) => s.kind === item.step && s.status !== 'pending');
  if (!mine) return null;
  return (
    <Tag color={mine.status === 'approved' ? 'green' : 'red'} data-testid="my-decision">
      {t('myDecision')}：{t(mine.status === 'approved' ? 'stepApproved' : 'stepRejected')}
      {mine.at ? ` · ${formatDateTime(mine.at)}` : ''}
    </Tag>
  );
}
