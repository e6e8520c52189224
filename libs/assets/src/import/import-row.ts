import { Actor, DomainError } from '@app/shared';
import { catalogueMessage } from '@app/platform/http/error-catalogue';
import { calendarDate } from '@app/platform/import/calendar-date';
import { upcastCategoryCode } from '../categories/category-code';
import { AssetCondition, AssetCardFields } from '../domain/asset-card';
import { decideAsset, AssetDeciderDeps } from '../domain/asset.decider';
import { AssetError } from '../domain/asset.errors';
import { initialAssetState } from '../domain/asset.state';
import { assetIdFor } from '../commands/register-asset/register-asset.command';
import { ImportProblem } from '@app/platform/import/import-problem';
import { FIELD_LABELS, ImportField, REQUIRED_FIELDS, resolveColumns, ColumnMapping } from './register-columns';
import { cellOf, ParsedRegisterFile, SheetRow } from '@app/platform/import/register-file.parser';

/** One row, checked: what the register command will be given for it. */
export interface ImportRegistration {
  readonly rowNumber: number;
  readonly assetId: string;
  readonly assetNo: string;
  readonly departmentId: string;
  readonly card: AssetCardFields;
}

export interface CheckedFile {
  readonly registrations: readonly ImportRegistration[];
  readonly problems: readonly ImportProblem[];
  /** Rows with at least one problem. */
  readonly badRows: number;
  /** Notes that do not stop the import (a 使用状况 the card keeps as 在用). */
  readonly warnings: readonly ImportProblem[];
}

const ASSET_NO = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * 使用状况 as registers write it → what a new card can hold. Registration always starts a card 在用;
 * 闲置 is declared by listing the card in the warehouse (which needs a description and a pickup place),
 * so it is imported as 在用 with a warning. A loan, a pending disposal or a disposed card is a process
 * the import cannot make up: those rows are refused.
 */
const USAGE_STATUS: Readonly<Record<string, 'in_use' | 'in_use_warn' | 'refuse'>> = {
  在用: 'in_use',
  正常使用: 'in_use',
  闲置: 'in_use_warn',
  维修: 'in_use_warn',
  在修: 'in_use_warn',
  待修: 'in_use_warn',
  出租: 'refuse',
  出借: 'refuse',
  出租出借: 'refuse',
  借出: 'refuse',
  待处置: 'refuse',
  待报废: 'refuse',
  报废: 'refuse',
  已处置: 'refuse',
  已核销: 'refuse',
};

const CONDITIONS: Readonly<Record<string, AssetCondition>> = {
  全新: 'new',
  良好: 'good',
  一般: 'fair',
  较差: 'poor',
  不可用: 'unusable',
};

/** 元 with at most two decimals (thousands separators and a ¥ allowed) → integer 分, without floating point. */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export { calendarDate };

/** The decider's refusals in the words of the report. */
function refusal(error: AssetError): { field: ImportField | null; problem: string } {
  switch (error.code) {
    case 'UNKNOWN_CATEGORY':
      return { field: 'categoryCode', problem: '分类代码不在现行分类表中（GB/T 14885-2022，字母加八位数字）' };
    case 'DEPRECIATION_EXCEEDS_VALUE':
      return { field: 'accumulatedDepreciation', problem: '累计折旧不能大于原值' };
    case 'ACQUISITION_DATE_IN_FUTURE':
      return { field: 'acquiredOn', problem: '取得日期晚于今天' };
    case 'NOT_YOUR_DEPARTMENT':
      return { field: null, problem: '只能为本单位导入资产' };
    case 'UNIT_CLOSED':
      return { field: null, problem: '本单位已撤销，不能再登记资产' };
    case 'INVALID_CARD_FIELD': {
      const field = (error.details as { field?: string } | undefined)?.field;
      const mapped: Partial<Record<string, ImportField>> = {
        name: 'name',
        custodian: 'custodian',
        location: 'location',
        unit: 'unit',
        brand: 'brand',
        specification: 'specification',
        quantity: 'quantity',
      };
      const imported = field ? (mapped[field] ?? null) : null;
      return { field: imported, problem: `${imported ? FIELD_LABELS[imported] : (field ?? '卡片字段')}的值不能登记到资产卡片上` };
    }
    default:
      return { field: null, problem: `不能登记：${catalogueMessage(error.code, 'zh-CN') ?? error.code}` };
  }
}

/**
 * A row the import job's register command refused (the books changed after the dry run): the dry run's
 * words for the same refusal, with the column at fault, never the decider's English sentence.
 */
export function jobRowRefusal(error: DomainError): string {
  if (!(error instanceof AssetError)) return `登记被拒绝：${catalogueMessage(error.code, 'zh-CN') ?? error.code}`;
  const { field, problem } = refusal(error);
  return `登记被拒绝${field ? `（${FIELD_LABELS[field]}）` : ''}：${problem}`;
}

interface RowContext {
  readonly actor: Actor;
  readonly departmentId: string;
  readonly today: string;
  readonly deps: AssetDeciderDeps;
  readonly columns: Partial<Record<ImportField, number>>;
  readonly headers: readonly string[];
  readonly cellSlots: readonly number[];
  /** Units of the tree by code and by name. */
  readonly units: ReadonlyMap<string, string>;
  /** Cells the parser reported already (formula, merged): not reported again as empty. */
  readonly unread: ReadonlySet<string>;
}

function checkRow(
  row: SheetRow,
  ctx: RowContext,
): { registration: ImportRegistration | null; problems: ImportProblem[]; warnings: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const columnOf = (field: ImportField | null) =>
    field === null ? null : ctx.columns[field] !== undefined ? ctx.headers[ctx.columns[field]!] : FIELD_LABELS[field];
  const report = (field: ImportField | null, code: string, problem: string) =>
    problems.push({ row: row.rowNumber, column: columnOf(field), code, problem });
  const cell = (field: ImportField) => {
    const index = ctx.columns[field];
    return index === undefined ? '' : cellOf(ctx, row, index).trim();
  };
  let unreadRequired = false;
  const required = (field: ImportField): string | null => {
    const value = cell(field);
    const unread = ctx.unread.has(`${row.rowNumber}:${ctx.columns[field]}`);
    unreadRequired ||= unread && value === '';
    if (value === '' && REQUIRED_FIELDS.includes(field) && !unread) report(field, 'REQUIRED', `${FIELD_LABELS[field]}不能为空`);
    return value === '' ? null : value;
  };

  const assetNo = required('assetNo');
  if (assetNo !== null && !ASSET_NO.test(assetNo)) report('assetNo', 'ASSET_NO_FORMAT', '资产编号须为 1–40 位字母、数字、点、横线或下划线');
  const name = required('name');
  const rawCode = required('categoryCode');
  // Codes from before the 2022 form (7 characters: 门类, 大类, 二级) are read as the upcaster reads stored ones.
  const categoryCode = rawCode === null ? null : upcastCategoryCode(rawCode.toUpperCase());
  if (categoryCode !== null && !/^[A-Z]\d{8}$/.test(categoryCode)) {
    report('categoryCode', 'CATEGORY_CODE_FORMAT', '分类代码须为字母加八位数字（如 A02010105），或旧版七位代码（如 A020101）');
  }
  const custodian = required('custodian');
  const location = required('location');
  const acquiredText = required('acquiredOn');
  const acquiredOn = acquiredText === null ? null : calendarDate(acquiredText);
  if (acquiredText !== null && acquiredOn === null)
    report('acquiredOn', 'DATE_FORMAT', `取得日期“${acquiredText}”不是有效日期（如 2023-05-10）`);
  const valueText = required('originalValue');
  const originalValueFen = valueText === null ? null : yuanToFen(valueText);
  if (valueText !== null && originalValueFen === null)
    report('originalValue', 'MONEY_FORMAT', `原值“${valueText}”须为不小于 0 的金额（元，最多两位小数）`);
  const depreciationText = cell('accumulatedDepreciation');
  const accumulatedDepreciationFen = depreciationText === '' ? 0 : yuanToFen(depreciationText);
  if (accumulatedDepreciationFen === null) {
    report('accumulatedDepreciation', 'MONEY_FORMAT', `累计折旧“${depreciationText}”须为不小于 0 的金额（元，最多两位小数）`);
  }
  const quantityText = required('quantity');
  const quantity = quantityText !== null && /^\d{1,7}$/.test(quantityText) ? Number(quantityText) : null;
  if (quantityText !== null && (quantity === null || quantity < 1 || quantity > 1_000_000)) {
    report('quantity', 'QUANTITY_FORMAT', `数量“${quantityText}”须为 1 至 1000000 的整数`);
  }
  const unit = required('unit');
  const status = cell('usageStatus');
  const statusRule = status === '' ? 'in_use' : USAGE_STATUS[status.replace(/\s+/g, '')];
  if (statusRule === undefined) report('usageStatus', 'USAGE_STATUS_UNKNOWN', `使用状况“${status}”无法识别（可用：在用、闲置、维修）`);
  else if (statusRule === 'refuse') {
    report('usageStatus', 'USAGE_STATUS_NOT_IMPORTABLE', `使用状况“${status}”不能通过导入建卡：请以“在用”导入后在系统中办理借出或处置`);
  } else if (statusRule === 'in_use_warn') {
    warnings.push({
      row: row.rowNumber,
      column: columnOf('usageStatus'),
      code: 'USAGE_STATUS_AS_IN_USE',
      problem: `使用状况“${status}”将登记为“在用”${status === '闲置' ? '；如需调剂，请在导入后发布到公物仓' : ''}`,
    });
  }
  const conditionText = cell('condition');
  const condition = conditionText === '' ? 'good' : CONDITIONS[conditionText];
  if (condition === undefined)
    report('condition', 'CONDITION_UNKNOWN', `成色“${conditionText}”无法识别（可用：全新、良好、一般、较差、不可用）`);
  const department = cell('usingDepartment');
  if (department !== '') {
    const named = ctx.units.get(department);
    // 使用部门 inside the unit (办公室, 财务科) is not a card field here; only another unit of the tree is an error.
    if (named !== undefined && named !== ctx.departmentId) {
      report('usingDepartment', 'OTHER_UNIT', `使用部门“${department}”是另一个单位：只能为本单位（${ctx.departmentId}）导入资产`);
    }
  }
  if (problems.length > 0 || unreadRequired || statusRule === undefined) return { registration: null, problems, warnings };

  const card: AssetCardFields = {
    name: name!,
    categoryCode: categoryCode!,
    custodian: custodian!,
    location: location!,
    acquiredOn: acquiredOn!,
    originalValueFen: originalValueFen!,
    quantity: quantity!,
    unit: unit!,
    condition: condition!,
    brand: cell('brand') || null,
    specification: cell('specification') || null,
    accumulatedDepreciationFen: accumulatedDepreciationFen!,
    usage: null,
  };
  const assetId = assetIdFor(assetNo!);
  // The register decider itself judges the card (category table in force, department, depreciation ≤ value, date).
  const decision = decideAsset(
    { kind: 'RegisterAsset', actor: ctx.actor, today: ctx.today, assetId, assetNo: assetNo!, departmentId: ctx.departmentId, card },
    initialAssetState(),
    ctx.deps,
  );
  if (decision instanceof AssetError) {
    const { field, problem } = refusal(decision);
    report(field, decision.code, problem);
    return { registration: null, problems, warnings };
  }
  return {
    registration: { rowNumber: row.rowNumber, assetId, assetNo: assetNo!, departmentId: ctx.departmentId, card },
    problems,
    warnings,
  };
}

/**
 * Every row of a parsed file checked as the register command would check it, without writing: the
 * dry run's report, and the rows an import may start with when there is no problem at all.
 */
export function checkRegisterFile(
  file: ParsedRegisterFile,
  options: { actor: Actor; today: string; deps: AssetDeciderDeps; mapping?: ColumnMapping },
): CheckedFile {
  const departmentId = options.actor.departmentId;
  const problems: ImportProblem[] = [...file.problems];
  const warnings: ImportProblem[] = [];
  if (departmentId === null) {
    return {
      registrations: [],
      problems: [{ row: null, column: null, code: 'NO_UNIT', problem: '您不属于任何单位，不能导入资产' }],
      badRows: 0,
      warnings,
    };
  }
  const columns = resolveColumns(file.headers, options.mapping);
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    problems.push(
      ...missing.map((field) => ({
        row: null,
        column: FIELD_LABELS[field],
        code: 'COLUMN_MISSING',
        problem: `缺少“${FIELD_LABELS[field]}”列：请在列对应中指定文件中的哪一列是${FIELD_LABELS[field]}`,
      })),
    );
    return { registrations: [], problems, badRows: 0, warnings };
  }
  const units = new Map<string, string>();
  for (const unit of options.deps.departments.all()) units.set(unit.code, unit.code).set(unit.name, unit.code);
  const ctx: RowContext = {
    ...options,
    departmentId,
    columns,
    headers: file.headers,
    cellSlots: file.cellSlots,
    units,
    unread: file.unread,
  };
  const registrations: ImportRegistration[] = [];
  const firstRowOf = new Map<string, number>();
  const badRows = new Set<number>(file.problems.flatMap((p) => (p.row === null ? [] : [p.row])));
  for (const cell of file.unread) badRows.add(Number(cell.split(':')[0]));
  for (const row of file.rows) {
    const checked = checkRow(row, ctx);
    warnings.push(...checked.warnings);
    const assetNo = checked.registration?.assetNo;
    const earlier = assetNo === undefined ? undefined : firstRowOf.get(assetNo);
    if (earlier !== undefined) {
      checked.problems.push({
        row: row.rowNumber,
        column: ctx.headers[columns.assetNo!],
        code: 'DUPLICATE_IN_FILE',
        problem: `资产编号 ${assetNo} 与第 ${earlier} 行重复`,
      });
    }
    if (assetNo !== undefined && earlier === undefined) firstRowOf.set(assetNo, row.rowNumber);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems);
      badRows.add(row.rowNumber);
    } else if (checked.registration && !badRows.has(row.rowNumber)) registrations.push(checked.registration);
  }
  return { registrations, problems, badRows: badRows.size, warnings };
}
