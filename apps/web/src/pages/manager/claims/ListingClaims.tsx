import { useState } from 'react';
import { Button, Popconfirm, Table, Tag } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { messages } from './messages';

type Claim = Schemas['ClaimView'];
type ClaimStatus = 'pending' | 'selected' | 'rejected' | 'withdrawn' | 'transferred' | 'closed';

/** The claims on one listing, oldest first, each with its reason; a pending one can be chosen. */
export function ListingClaims({ listing, onPicked }: { listing: Schemas['ListingView']; onPicked: (transferId?: string) => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const dept = useDepartmentName();
  const claims = useApi(
    () => unwrap(api.GET('/api/marketplace/{listingId}/claims', { params: { path: { listingId: listing.listingId } } })),
    [listing.listingId],
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const pick = async (claim: Claim) => {
    setBusy(claim.claimId);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/api/assets/{assetId}/listing/claims/{claimId}/selection', {
          params: { path: { assetId: listing.assetId, claimId: claim.claimId } },
        }),
      );
      onPicked(result.transferId);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const canPick = listing.claimMode === 'manager_picks' && listing.status === 'listed';
  return (
    <>
      <Table<Claim>
        rowKey="claimId"
        size="small"
        loading={claims.loading}
        dataSource={claims.data ?? []}
        pagination={false}
        locale={{ emptyText: t('noClaims') }}
        columns={[
          { title: t('claimant'), render: (_, c) => dept(c.claimantDepartmentId) },
          { title: t('justification'), dataIndex: 'justification' },
          { title: t('claimedAt'), render: (_, c) => formatDateTime(c.claimedAt) },
          { title: t('status'), render: (_, c) => <Tag>{t(`claim.${c.status as ClaimStatus}`)}</Tag> },
          {
            title: tc('actions'),
            render: (_, c) =>
              canPick && c.status === 'pending' ? (
                <Popconfirm
                  title={t('pickTitle', { unit: dept(c.claimantDepartmentId) })}
                  description={t('pickBody')}
                  okText={tc('confirm')}
                  cancelText={tc('cancel')}
                  onConfirm={() => void pick(c)}
                >
                  <Button type="primary" size="small" loading={busy === c.claimId}>
                    {t('pick')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <ApiErrorAlert error={error ?? claims.error} />
    </>
  );
}
