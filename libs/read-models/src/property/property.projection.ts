import { EntityManager } from 'typeorm';
import { PROPERTY_EVENT_TYPES } from '@app/property';
import { RecordedEvent } from '@app/event-store';
import { chinaDate } from '@app/shared';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { PropertyOccupancyRow, PropertyRow } from './property.entities';
import { areaOrNull, boolOrNull, dateOrNull, isUuid, pointOrNull, textOr, textOrNull, uuidOrNull } from './stored-values';

const TYPES: ReadonlySet<string> = new Set(PROPERTY_EVENT_TYPES);

type Data = Readonly<Record<string, unknown>>;
const occupancyKey = (propertyId: string, openedRevision: string) => `${propertyId}/${openedRevision}`;

/**
 * The property register (物业): one row per property and its occupancy history. Each row remembers the
 * stream revision it reflects, so a batch delivered again writes nothing; every stored value is read
 * through stored-values.ts, so an odd one gives null or a fallback and the projection goes on.
 */
export class PropertyProjection implements Projection {
  readonly name = 'properties';
  readonly lookupIndexes = ['properties_parent_idx'];

  handles(type: string): boolean {
    return TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((e) => TYPES.has(e.type) && isUuid(e.data.propertyId));
    if (relevant.length === 0) return;
    const ids = [...new Set(relevant.map((e) => (e.data.propertyId as string).toLowerCase()))];
    const rows = new Map((await bulkRead(tx, PropertyRow, 'propertyId', ids)).map((r) => [r.propertyId, r]));
    const open = new Map<string, PropertyOccupancyRow>();
    for (const o of await bulkRead(tx, PropertyOccupancyRow, 'propertyId', ids)) if (o.toDate === null) open.set(o.propertyId, o);
    const takenNos = await this.takenNumbers(tx, relevant);
    const changed = new Set<string>();
    const occupancies = new Map<string, PropertyOccupancyRow>();
    const touch = (o: PropertyOccupancyRow) => occupancies.set(occupancyKey(o.propertyId, String(o.openedRevision)), o);

    for (const recorded of relevant) {
      const id = (recorded.data.propertyId as string).toLowerCase();
      const d = recorded.data as Data;
      const at = new Date(recorded.metadata.occurredAt);
      const revision = String(recorded.revision);
      const row = rows.get(id);
      if (row && BigInt(row.streamRevision) >= recorded.revision) continue;
      if (recorded.type === 'property.registered.v1') {
        if (row) continue;
        const fresh = this.registeredRow(id, d, at, revision, takenNos);
        rows.set(id, fresh);
        changed.add(id);
        if (fresh.occupantUnitId !== null)
          touch(this.opened(id, revision, fresh.occupantUnitId, fresh.occupiedSince ?? chinaDate(at), null, open));
        continue;
      }
      if (!row) continue;
      switch (recorded.type) {
        case 'property.corrected.v1':
          this.correct(row, d.changes);
          break;
        case 'property.status-changed.v1':
          row.status = textOr(d.to, row.status);
          break;
        case 'property.occupancy-changed.v1': {
          const since = dateOrNull(d.since) ?? chinaDate(at);
          const current = open.get(id);
          if (current) {
            current.toDate = since;
            open.delete(id);
            touch(current);
          }
          const to = textOrNull(d.toUnitId);
          row.occupantUnitId = to;
          row.occupiedSince = to === null ? null : since;
          if (to !== null) touch(this.opened(id, revision, to, since, uuidOrNull(d.allocationId), open));
          break;
        }
        case 'property.sharing-eligibility-assessed.v1':
          row.sharingEligible = boolOrNull(d.eligible);
          row.sharingEligibilityReason = textOrNull(d.reason);
          break;
      }
      row.streamRevision = revision;
      row.updatedAt = at;
      changed.add(id);
    }
    await bulkWrite(
      tx,
      PropertyRow,
      [...changed].map((id) => rows.get(id) as PropertyRow),
      { conflict: ['propertyId'], onConflict: 'update' },
    );
    await bulkWrite(tx, PropertyOccupancyRow, [...occupancies.values()], {
      conflict: ['propertyId', 'openedRevision'],
      onConflict: 'update',
    });
  }

  private registeredRow(id: string, d: Data, at: Date, revision: string, takenNos: Map<string, string>): PropertyRow {
    const point = pointOrNull(d.location);
    const occupant = textOrNull(d.occupantUnitId);
    return {
      propertyId: id,
      propertyNo: this.uniqueNo(textOr(d.propertyNo, id), id, takenNos),
      kind: textOr(d.kind, 'room'),
      parentId: uuidOrNull(d.parentId),
      name: textOr(d.name, ''),
      address: textOr(d.address, ''),
      lng: point.lng,
      lat: point.lat,
      grossAreaSqm: areaOrNull(d.grossAreaSqm) ?? 0,
      usableAreaSqm: areaOrNull(d.usableAreaSqm),
      use: textOr(d.use, 'other'),
      ownerUnitId: textOr(d.ownerUnitId, ''),
      occupantUnitId: occupant,
      occupiedSince: occupant === null ? null : (dateOrNull(d.occupiedSince) ?? chinaDate(at)),
      status: textOr(d.status, 'in_use'),
      assetId: uuidOrNull(d.assetId),
      sharingEligible: null,
      sharingEligibilityReason: null,
      registeredAt: at,
      updatedAt: at,
      streamRevision: revision,
    };
  }

  /** Only the fields a correction may change, each read as registration reads it. */
  private correct(row: PropertyRow, value: unknown): void {
    if (typeof value !== 'object' || value === null) return;
    const c = value as Data;
    if ('name' in c) row.name = textOr(c.name, row.name);
    if ('address' in c) row.address = textOr(c.address, row.address);
    if ('location' in c) Object.assign(row, pointOrNull(c.location));
    if ('grossAreaSqm' in c) row.grossAreaSqm = areaOrNull(c.grossAreaSqm) ?? row.grossAreaSqm;
    if ('usableAreaSqm' in c) row.usableAreaSqm = areaOrNull(c.usableAreaSqm);
    if ('use' in c) row.use = textOr(c.use, row.use);
    if ('parentId' in c) row.parentId = uuidOrNull(c.parentId);
    if ('assetId' in c) row.assetId = uuidOrNull(c.assetId);
  }

  private opened(
    propertyId: string,
    revision: string,
    unitId: string,
    fromDate: string,
    allocationId: string | null,
    open: Map<string, PropertyOccupancyRow>,
  ): PropertyOccupancyRow {
    const row: PropertyOccupancyRow = { propertyId, openedRevision: revision, unitId, fromDate, toDate: null, allocationId };
    open.set(propertyId, row);
    return row;
  }

  /** 物业编号 already stored for registrations in this batch: number → property id. */
  private async takenNumbers(tx: EntityManager, events: readonly RecordedEvent[]): Promise<Map<string, string>> {
    const numbers = events.filter((e) => e.type === 'property.registered.v1').map((e) => textOr(e.data.propertyNo, ''));
    if (numbers.length === 0) return new Map();
    const found = await tx.query<{ property_id: string; property_no: string }[]>(
      'SELECT property_id, property_no FROM properties WHERE property_no = ANY($1::text[])',
      [numbers],
    );
    return new Map(found.map((r) => [r.property_no, r.property_id]));
  }

  /**
   * Numbers are unique by construction (the id follows from the number); a stored event that breaks this
   * keeps its row under a marked number rather than stopping the register.
   */
  private uniqueNo(no: string, id: string, taken: Map<string, string>): string {
    const holder = taken.get(no);
    const unique = holder === undefined || holder === id ? no : `${no}#${id.slice(0, 8)}`;
    taken.set(unique, id);
    return unique;
  }
}
