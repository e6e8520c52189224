import { Inject, Injectable } from '@nestjs/common';
import { Actor, chinaDate, Clock } from '@app/shared';
import { CategoryTableSource } from '../commands/category-table.source';
import { initialApprovalPolicyState } from '../domain/approval-policy';
import { ASSET_DECIDER_DEPS, AssetDeciderDeps } from '../domain/asset.decider';
import { checkRegisterFile, CheckedFile } from './import-row';
import { ColumnMapping, resolveColumns } from './register-columns';
import {
  ParsedRegisterFile,
  parseRegisterFile,
  readColumns,
  RegisterFileBytes,
  RegisterFileEncoding,
} from '@app/platform/import/register-file.parser';

export interface RegisterFileCheck extends CheckedFile {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: RegisterFileEncoding;
  readonly headers: readonly string[];
  readonly totalRows: number;
}

/**
 * A register file read and every row judged as the register command would judge it (the category
 * table in force, the organisation tree, the card rules), without writing anything. Throws
 * RegisterFileRejected when the file cannot be read at all.
 */
@Injectable()
export class RegisterFileChecker {
  constructor(
    @Inject(ASSET_DECIDER_DEPS) private readonly deps: Omit<AssetDeciderDeps, 'policies'>,
    private readonly tables: CategoryTableSource,
    private readonly clock: Clock,
  ) {}

  async check(bytes: Buffer, actor: Actor, mapping?: ColumnMapping): Promise<RegisterFileCheck> {
    return this.checkRead(await this.read(bytes, mapping), actor, mapping);
  }

  /** Reads the file keeping only the columns the register reads: a wide export's other columns take no memory. */
  read(bytes: Buffer | RegisterFileBytes, mapping?: ColumnMapping): Promise<ParsedRegisterFile> {
    return parseRegisterFile(bytes, { keepColumns: (headers) => readColumns(resolveColumns(headers, mapping)) });
  }

  async checkRead(file: ParsedRegisterFile, actor: Actor, mapping?: ColumnMapping): Promise<RegisterFileCheck> {
    const deps: AssetDeciderDeps = {
      ...this.deps,
      categories: await this.tables.catalog(),
      policies: initialApprovalPolicyState(),
    };
    const checked = checkRegisterFile(file, { actor, today: chinaDate(this.clock.now()), deps, mapping });
    return { ...checked, format: file.format, encoding: file.encoding, headers: file.headers, totalRows: file.rows.length };
  }
}
