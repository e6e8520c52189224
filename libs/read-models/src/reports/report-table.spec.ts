import { neutraliseFormula, toCsv } from './report-table';

describe('CSV export', () => {
  it('writes a cell that a spreadsheet would run as a formula as plain text', () => {
    for (const dangerous of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseFormula('台式计算机 = 2台')).toBe('台式计算机 = 2台');
    expect(neutraliseFormula('')).toBe('');
  });

  it('neutralises text cells but keeps negative amounts as numbers', () => {
    const csv = toCsv({
      title: '测试',
      stamp: '截至 2026-01-01',
      columns: [
        { key: 'name', header: '名称', kind: 'text' },
        { key: 'value', header: '原值', kind: 'fen' },
        { key: 'count', header: '数量', kind: 'count' },
      ],
      rows: [
        { name: '=cmd|" /C calc"!A0', value: -1050, count: -1 },
        { name: '办公桌', value: 12345, count: 2 },
      ],
    })
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(csv[2]).toBe(`"'=cmd|"" /C calc""!A0",-10.50,-1`);
    expect(csv[3]).toBe('办公桌,123.45,2');
  });
});
