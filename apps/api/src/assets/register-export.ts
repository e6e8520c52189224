import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { AssetRegisterQueries, SearchAssetsQueryDto } from '@app/read-models';
import { StreamedReportTable } from '@app/read-models/reports/report-stream';

/** Register rows in one file: at most this many (a bigger ledger is exported department by department). */
export const REGISTER_EXPORT_LIMIT = 100_000;

export class RegisterExportQueryDto extends SearchAssetsQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx' = 'csv';
}

const STATUS: Record<string, string> = { in_use: '在用', listed: '在仓', in_transfer: '调剂中' };

/** The register's rows under the same filters as the table, read page by page through the cursor as they are written. */
async function* registerRows(
  queries: AssetRegisterQueries,
  filters: SearchAssetsQueryDto,
  units: readonly string[] | null,
): AsyncGenerator<Record<string, unknown>> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await queries.search({ ...filters, cursor, limit: 100 }, units);
    for (const a of page.items.slice(0, REGISTER_EXPORT_LIMIT - sent))
      yield { ...a, categoryCode: a.category.code, className: a.category.className, status: STATUS[a.status] ?? a.status };
    sent += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < REGISTER_EXPORT_LIMIT);
}

/** The register under the same filters as the table, as a report whose rows stream (never the whole ledger in memory). */
export function registerTable(
  queries: AssetRegisterQueries,
  filters: SearchAssetsQueryDto,
  stamp: string,
  units: readonly string[] | null,
): StreamedReportTable {
  return {
    title: '资产台账',
    stamp,
    columns: [
      { key: 'assetNo', header: '资产编号', kind: 'text' },
      { key: 'name', header: '名称', kind: 'text' },
      { key: 'categoryCode', header: '分类代码', kind: 'text' },
      { key: 'className', header: '门类', kind: 'text' },
      { key: 'departmentId', header: '单位', kind: 'text' },
      { key: 'custodian', header: '使用人', kind: 'text' },
      { key: 'location', header: '存放地点', kind: 'text' },
      { key: 'acquiredOn', header: '取得日期', kind: 'text' },
      { key: 'quantity', header: '数量', kind: 'count' },
      { key: 'unit', header: '计量单位', kind: 'text' },
      { key: 'originalValueFen', header: '原值', kind: 'fen' },
      { key: 'accumulatedDepreciationFen', header: '累计折旧', kind: 'fen' },
      { key: 'netBookValueFen', header: '账面净值', kind: 'fen' },
      { key: 'status', header: '使用状况', kind: 'text' },
    ],
    rows: registerRows(queries, filters, units),
  };
}
