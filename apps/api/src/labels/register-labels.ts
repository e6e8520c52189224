import { BadRequestException } from '@nestjs/common';
import { AssetRegisterQueries, SearchAssetsQueryDto } from '@app/read-models';
import { DepartmentDirectory } from '@app/shared';
import { AssetLabel, checkLabelCount, labelSheetPdf } from './label-sheet';

/**
 * The label sheet for the register's cards under the table's filters (the cards a manager is about to stick
 * labels on), read page by page; refused whole when more cards match than one sheet may hold.
 */
export async function registerLabelsPdf(
  queries: AssetRegisterQueries,
  directory: DepartmentDirectory,
  filters: SearchAssetsQueryDto,
  units: readonly string[] | null,
  stamp: string,
): Promise<Uint8Array> {
  const labels: AssetLabel[] = [];
  let cursor: string | undefined;
  do {
    const page = await queries.search({ ...filters, cursor, limit: 100 }, units);
    for (const a of page.items)
      labels.push({
        assetNo: a.assetNo,
        name: a.name,
        departmentName: directory.get(a.departmentId)?.name ?? a.departmentId,
        location: a.location,
      });
    checkLabelCount(labels.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (labels.length === 0)
    throw new BadRequestException({ code: 'LABELS_NONE', message: 'no card matches these filters; there is nothing to print' });
  return labelSheetPdf(labels, `资产标签 · ${stamp}`);
}
