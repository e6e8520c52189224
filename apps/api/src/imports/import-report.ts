import { Injectable } from '@nestjs/common';
import { Actor } from '@app/shared';
import { AssetRegisterQueries } from '@app/read-models';
import { ImportProblem } from '@app/platform/import/import-problem';
import { ParsedRegisterFile, RegisterFileBytes } from '@app/platform/import/register-file.parser';
import { ImportRegistration } from '@app/assets/import/import-row';
import { FIELD_LABELS, IMPORT_FIELDS, ColumnMapping, resolveColumns } from '@app/assets/import/register-columns';
import { RegisterFileChecker } from '@app/assets/import/register-file.checker';
import { ImportReportView } from './asset-import.views';

const LISTED = 1000;

export interface ImportReport {
  readonly view: ImportReportView;
  /** Rows that would register a card (already registered ones left in: the job counts them as skipped). */
  readonly registrations: readonly ImportRegistration[];
}

/**
 * The dry run: the file checked row by row as the register command would check it, plus what the register
 * read model knows of the asset numbers (a query may read it; the command side never does). A number another
 * unit holds is a problem; one this unit holds is an earlier import, skipped when importing.
 */
@Injectable()
export class ImportReportBuilder {
  constructor(
    private readonly checker: RegisterFileChecker,
    private readonly register: AssetRegisterQueries,
  ) {}

  read(bytes: Buffer | RegisterFileBytes, mapping?: ColumnMapping): Promise<ParsedRegisterFile> {
    return this.checker.read(bytes, mapping);
  }

  async build(file: ParsedRegisterFile, actor: Actor, mapping?: ColumnMapping): Promise<ImportReport> {
    const checked = await this.checker.checkRead(file, actor, mapping);
    const holders = await this.register.holdersOf(checked.registrations.map((r) => r.assetNo));
    const problems: ImportProblem[] = [...checked.problems];
    const registrations: ImportRegistration[] = [];
    let alreadyRegistered = 0;
    const assetNoColumn = checked.headers[resolveColumns(checked.headers, mapping).assetNo ?? -1] ?? FIELD_LABELS.assetNo;
    for (const row of checked.registrations) {
      const holder = holders.get(row.assetNo);
      if (holder !== undefined && holder !== row.departmentId) {
        problems.push({
          row: row.rowNumber,
          column: assetNoColumn,
          code: 'ASSET_NO_TAKEN',
          problem: `资产编号 ${row.assetNo} 已由其他单位（${holder}）登记`,
        });
        continue;
      }
      if (holder !== undefined) alreadyRegistered++;
      registrations.push(row);
    }
    const badRows = checked.badRows + (checked.registrations.length - registrations.length);
    const columns = resolveColumns(checked.headers, mapping);
    return {
      registrations,
      view: {
        format: checked.format,
        encoding: checked.encoding,
        headers: [...checked.headers],
        columns: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, columns[f] === undefined ? null : checked.headers[columns[f]!]])),
        totals: {
          rows: checked.totalRows,
          valid: registrations.length,
          badRows,
          problems: problems.length,
          warnings: checked.warnings.length,
          alreadyRegistered,
          toImport: registrations.length - alreadyRegistered,
        },
        problems: problems.slice(0, LISTED),
        warnings: checked.warnings.slice(0, LISTED),
        truncated: problems.length > LISTED || checked.warnings.length > LISTED,
      },
    };
  }
}
