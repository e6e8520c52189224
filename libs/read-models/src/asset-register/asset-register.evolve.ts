import { AssetEvent, classCodeOf, custodyAfterTransfer, majorCodeOf } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { searchableText } from '../search/search-text';
import { AssetRegisterRow } from './asset-register.entity';

/** What the register's `q` and the one search (`/api/search`) match an asset by. */
export function searchTextOf(
  row: Pick<AssetRegisterRow, 'assetNo' | 'name' | 'brand' | 'specification' | 'location' | 'custodian'>,
): string {
  return searchableText(row.name, row.assetNo, row.brand, row.specification, row.location, row.custodian);
}

function withCategory<T extends { categoryCode: string }>(row: T): T & Pick<AssetRegisterRow, 'categoryClass' | 'categoryMajor'> {
  return { ...row, categoryClass: classCodeOf(row.categoryCode), categoryMajor: majorCodeOf(row.categoryCode) };
}

/** The asset row after one event; null means the asset is not in the register (not yet, or no longer: written off). */
export function evolveAssetRow(row: AssetRegisterRow | null, event: AssetEvent, recorded: RecordedEvent): AssetRegisterRow | null {
  const at = new Date(recorded.metadata.occurredAt);
  const stamp = { revision: recorded.revision.toString(), updatedAt: at };
  switch (event.type) {
    case 'asset.registered.v1': {
      const d = event.data;
      const next = withCategory({
        assetId: d.assetId,
        assetNo: d.assetNo,
        name: d.name,
        categoryCode: d.categoryCode,
        departmentId: d.departmentId,
        custodian: d.custodian,
        location: d.location,
        acquiredOn: d.acquiredOn,
        originalValueFen: String(d.originalValueFen),
        quantity: d.quantity,
        unit: d.unit,
        condition: d.condition,
        brand: d.brand,
        specification: d.specification,
        accumulatedDepreciationFen: String(d.accumulatedDepreciationFen ?? 0),
        chargedDepreciationFen: '0',
        lastChargedMonth: null,
        usage: d.usage ?? null,
        status: 'in_use',
        registeredCommit: recorded.position.commit.toString(),
        registeredPrepare: recorded.position.prepare.toString(),
        registeredAt: at,
        ...stamp,
      });
      return { ...next, searchText: searchTextOf(next) };
    }
    case 'asset.corrected.v1': {
      if (!row) return null;
      const { originalValueFen, accumulatedDepreciationFen, ...rest } = event.data.corrected;
      const next = withCategory({
        ...row,
        ...rest,
        ...(originalValueFen === undefined ? {} : { originalValueFen: String(originalValueFen) }),
        ...(accumulatedDepreciationFen === undefined ? {} : { accumulatedDepreciationFen: String(accumulatedDepreciationFen) }),
        ...stamp,
      });
      return { ...next, searchText: searchTextOf(next) };
    }
    case 'asset.relocated.v1': {
      if (!row) return null;
      const next = { ...row, ...event.data.to, ...stamp };
      return { ...next, searchText: searchTextOf(next) };
    }
    case 'asset.listed.v1':
    case 'asset.transfer-rejected.v1':
    case 'asset.transfer-withdrawn.v1':
      return row && { ...row, status: 'listed', ...stamp };
    case 'asset.listing-withdrawn.v1':
    case 'asset.listing-expired.v1':
      return row && { ...row, status: 'in_use', ...stamp };
    case 'asset.claim-selected.v1':
      return row && { ...row, status: 'in_transfer', ...stamp };
    case 'asset.disposal-requested.v1':
      return row && { ...row, status: 'pending_disposal', ...stamp };
    case 'asset.disposal-released.v1':
      return row && { ...row, status: 'in_use', ...stamp };
    case 'asset.written-off.v1':
      // 核销: the card leaves the live register (and search); the history and the audit log keep it.
      return null;
    case 'asset.transferred.v1': {
      if (!row) return null;
      const next = {
        ...row,
        ...custodyAfterTransfer(row, event.data),
        status: 'in_use',
        departmentId: event.data.toDepartmentId,
        ...stamp,
      };
      return { ...next, searchText: searchTextOf(next) };
    }
    case 'asset.lent.v1':
      return row && { ...row, status: 'on_loan', ...stamp };
    case 'asset.loan-returned.v1':
      return row && { ...row, status: 'in_use', ...stamp };
    case 'asset.claimed.v1':
    case 'asset.transfer-step-approved.v1':
    case 'asset.transfer-step-escalated.v1':
    case 'asset.listing-expiry-warned.v1':
    case 'asset.handover-confirmed.v1':
      return row && { ...row, ...stamp };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
