import { useState } from 'react';
import { Col, Empty, Row, Spin } from 'antd';
import type { Schemas } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { ClaimDialog } from './ClaimDialog';
import { ListingCard } from './ListingCard';

type Listing = Schemas['ListingView'];

/** Idle stock that could meet a need or a purchase, as feed cards with their claim button. */
export function MatchList({
  listings,
  loading,
  error,
  emptyText,
}: {
  listings: Listing[];
  loading: boolean;
  error: unknown;
  emptyText: string;
}) {
  const me = useSession()?.actor;
  const [claiming, setClaiming] = useState<Listing | null>(null);
  const [claimed, setClaimed] = useState<ReadonlySet<string>>(new Set());
  if (loading) return <Spin />;
  return (
    <>
      <ApiErrorAlert error={error} />
      {listings.length === 0 && !error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
      <Row gutter={[12, 12]} role="list">
        {listings.map((l) => (
          <Col key={l.listingId} xs={12} sm={8} lg={6} role="listitem">
            <ListingCard
              listing={l}
              claim={l.departmentId === me?.departmentId ? 'own' : claimed.has(l.listingId) ? 'claimed' : 'open'}
              onClaim={setClaiming}
            />
          </Col>
        ))}
      </Row>
      <ClaimDialog
        listing={claiming}
        onClose={() => setClaiming(null)}
        onClaimed={() => {
          if (claiming) setClaimed((s) => new Set(s).add(claiming.listingId));
          setClaiming(null);
        }}
      />
    </>
  );
}
