import { Descriptions, Space, Tag } from 'antd';
import { AuthImage } from '../../../components/AuthImage';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatDateTime } from '../../../lib/dates';
import type { History } from './load-card';
import { messages } from './messages';

type Listing = NonNullable<History['listing']>;
const CONDITION = ['new', 'good', 'fair', 'poor', 'unusable'] as const;

/** The latest listing: photos, description, claims so far, until when. */
export function ListingPanel({ listing }: { listing: Listing }) {
  const t = useT(messages);
  const tc = useT(common);
  const status = ['listed', 'in_transfer', 'transferred'].includes(listing.status)
    ? tc(`status.${listing.status as 'listed'}`)
    : listing.status;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {listing.photos.map((p, i) => (
          <AuthImage key={p.fileId} fileId={p.fileId} alt={`${listing.name} ${t('photos')} ${i + 1}`} />
        ))}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('status')}>
          <Tag>{status}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('claimsCount')}>{listing.claimsCount}</Descriptions.Item>
        <Descriptions.Item label={t('description')}>{listing.description}</Descriptions.Item>
        <Descriptions.Item label={t('condition')}>
          {(CONDITION as readonly string[]).includes(listing.condition)
            ? tc(`condition.${listing.condition as 'good'}`)
            : listing.condition}
        </Descriptions.Item>
        <Descriptions.Item label={t('pickupLocation')}>{listing.pickupLocation}</Descriptions.Item>
        <Descriptions.Item label={t('netBookValue')}>
          <Money fen={listing.netBookValueFen} />
        </Descriptions.Item>
        <Descriptions.Item label={t('listedAt')}>{formatDateTime(listing.listedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('advertiseUntil')}>{formatDateTime(listing.advertiseUntil)}</Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
