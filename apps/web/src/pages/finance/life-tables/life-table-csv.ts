/** A row of the useful-life table as the API takes it: years left out means 不计提折旧. */
export interface CsvLifeRow {
  prefix: string;
  name: string;
  years?: number;
  basis: string;
}

export interface CsvProblem {
  line: number;
  problem: string;
}

/** One CSV line into fields: commas, double-quoted fields with "" for a quote. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const NOT_DEPRECIATED = new Set(['', '不计提', '不计提折旧', '不折旧', '-', '—']);

/**
 * 折旧年限表 CSV (UTF-8, a BOM is fine): a header line, then 分类代码前缀,名称,折旧年限,依据 per row. The
 * prefix may be written as a full code (A02010000 → A0201); 折旧年限 empty or 不计提 means not depreciated.
 * Problems are named by line; the server checks the rows again.
 */
export function parseLifeTableCsv(text: string): { rows: CsvLifeRow[]; problems: CsvProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: CsvLifeRow[] = [];
  const problems: CsvProblem[] = [];
  lines.forEach((raw, i) => {
    if (i === 0 || raw.trim() === '') return;
    const [code = '', name = '', years = '', basis = ''] = fields(raw);
    const line = i + 1;
    let prefix = code.toUpperCase();
    while (prefix.length > 3 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
    if (!/^A(\d{2}){1,4}$/.test(prefix)) return problems.push({ line, problem: `分类代码“${code}”不是 A02、A0201 这样的分类代码` });
    if (name === '') return problems.push({ line, problem: '缺少名称' });
    if (NOT_DEPRECIATED.has(years)) return rows.push({ prefix, name, basis: basis || '—' });
    if (!/^\d{1,3}$/.test(years) || Number(years) < 1 || Number(years) > 100)
      return problems.push({ line, problem: `折旧年限“${years}”应为 1–100 的整数年，或留空表示不计提` });
    rows.push({ prefix, name, years: Number(years), basis: basis || '—' });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, problem: '文件中没有数据行' });
  return { rows, problems };
}
