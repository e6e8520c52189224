import { Injectable } from '@nestjs/common';
import { PropertyImportQueries } from '@app/read-models/property-imports/property-import.queries';
import { ParsedRegisterFile, parseRegisterFile, readColumns, RegisterFileBytes } from '@app/platform/import/register-file.parser';
import { assetIdFor } from '@app/assets/commands/register-asset/register-asset.command';
import { checkPropertyFile, numbersNamedIn, PropertyImportRegistration } from '@app/property/import/property-import-row';
import { resolvePropertyColumns } from '@app/property/import/property-columns';
import { Actor, chinaDate, Clock, DepartmentDirectory } from '@app/shared';
import { ImportReportView } from '../imports/asset-import.views';

const LISTED = 1000;

export interface PropertyImportReport {
  readonly view: ImportReportView;
  /** Rows to register, parents first (those this unit holds already are left in: the job counts them as skipped). */
  readonly registrations: readonly PropertyImportRegistration[];
}

/**
 * The property import's dry run: the file read as the asset import reads files, what the read models know of
 * its 物业编号 and 资产编号 looked up, then every row judged by the register's decider on an empty stream.
 */
@Injectable()
export class PropertyImportReportBuilder {
  constructor(
    private readonly lookups: PropertyImportQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  /** Reads the file, keeping only the columns the property import reads. */
  read(bytes: Buffer | RegisterFileBytes): Promise<ParsedRegisterFile> {
    return parseRegisterFile(bytes, { keepColumns: (headers) => readColumns(resolvePropertyColumns(headers)) });
  }

  async build(file: ParsedRegisterFile, actor: Actor): Promise<PropertyImportReport> {
    const named = numbersNamedIn(file);
    const [properties, assets] = await Promise.all([
      this.lookups.propertiesByNo(named.propertyNos),
      this.lookups.assetCardsByNo(named.assetNos),
    ]);
    const units = new Map<string, string>();
    for (const unit of this.directory.all()) units.set(unit.code, unit.code).set(unit.name, unit.code);
    const checked = checkPropertyFile(file, {
      actor,
      today: chinaDate(this.clock.now()),
      facts: { properties, assets, units, assetIdFor },
    });
    const { problems, warnings } = checked;
    return {
      registrations: checked.registrations,
      view: {
        format: file.format,
        encoding: file.encoding,
        headers: [...file.headers],
        columns: { ...checked.columns },
        totals: {
          rows: file.rows.length,
          valid: checked.registrations.length,
          badRows: checked.badRows,
          problems: problems.length,
          warnings: warnings.length,
          alreadyRegistered: checked.alreadyRegistered,
          toImport: checked.registrations.length - checked.alreadyRegistered,
        },
        problems: problems.slice(0, LISTED),
        warnings: warnings.slice(0, LISTED),
        truncated: problems.length > LISTED || warnings.length > LISTED,
      },
    };
  }
}
