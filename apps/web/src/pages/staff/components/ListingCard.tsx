import { Link } from 'react-router';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { Schemas } from '../../../api/client';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { common } from '../../../i18n/common';
import { useT } from '../../../i18n/I18nProvider';
import { ListingPhoto } from './ListingPhoto';
import { cardMessages } from './messages';
import { endsSoon, timeLeft } from './time-left';

type Listing = Schemas['ListingView'];
type Condition = 'new' | 'good' | 'fair' | 'poor' | 'unusable';
const CONDITIONS: readonly string[] = ['new', 'good', 'fair', 'poor', 'unusable'];

/** "剩 3 天" in the chosen language. */
export function useTimeLeftText() {
  const t = useT(cardMessages);
  return (until: string) => {
    const left = timeLeft(until);
    if (left.unit === 'ended') return t('ended');
    return t(left.unit === 'days' ? 'daysLeft' : left.unit === 'hours' ? 'hoursLeft' : 'minutesLeft', { n: left.n });
  };
}

export function useConditionText() {
  const tc = useT(common);
  return (c: string) => (CONDITIONS.includes(c) ? tc(`condition.${c as Condition}`) : c);
}

/** One item in the warehouse feed, 闲鱼-style: photo first, then name, condition, value, place, time left, claim. */
export function ListingCard({
  listing,
  onClaim,
  claim,
}: {
  listing: Listing;
  onClaim(listing: Listing): void;
  /** open: the claim button; claimed: this person's unit has just claimed it; own: their own unit's listing. */
  claim: 'open' | 'claimed' | 'own';
}) {
  const t = useT(cardMessages);
  const department = useDepartmentName();
  const condition = useConditionText();
  const left = useTimeLeftText();
  const href = `/market/${listing.listingId}`;
  return (
    <Card
      size="small"
      styles={{ body: { padding: 10 } }}
      cover={
        <Link to={href} tabIndex={-1} aria-hidden>
          <ListingPhoto
            url={listing.photos[0]?.url}
            alt={t('photoOf', { name: listing.name })}
            placeholder={t('noPhoto')}
            height="clamp(120px, 38vw, 180px)"
          />
        </Link>
      }
      data-testid="listing-card"
    >
      <Flex vertical gap={4}>
        <Link to={href}>
          <Typography.Text strong ellipsis style={{ fontSize: 15, color: 'inherit' }}>
            {listing.name}
          </Typography.Text>
        </Link>
        <Flex wrap gap={4} align="center">
          <Tag style={{ marginInlineEnd: 0 }}>{condition(listing.condition)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('quantity', { n: listing.quantity, unit: listing.unit })}
          </Typography.Text>
        </Flex>
        <Typography.Text style={{ color: '#cf1322', fontSize: 16 }} aria-label={t('originalValue')}>
          <Money fen={listing.originalValueFen} />
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          <EnvironmentOutlined aria-hidden /> {department(listing.departmentId)} · {listing.pickupLocation}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ClockCircleOutlined aria-hidden /> {left(listing.advertiseUntil)}
          {endsSoon(listing.advertiseUntil) && <Tag style={{ marginInlineStart: 4 }}>{t('endsSoon')}</Tag>}
        </Typography.Text>
        {claim === 'open' && (
          <Button
            type="primary"
            block
            style={{ minHeight: 44, marginTop: 4 }}
            aria-label={`${t('claim')} ${listing.name}`}
            onClick={() => onClaim(listing)}
          >
            {t('claim')}
          </Button>
        )}
        {claim !== 'open' && (
          <Button block disabled style={{ minHeight: 44, marginTop: 4 }}>
            {claim === 'claimed' ? t('claimedAlready') : t('ownListing')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
