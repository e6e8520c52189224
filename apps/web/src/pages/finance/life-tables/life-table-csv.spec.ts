import { parseLifeTableCsv } from './life-table-csv';

describe('useful-life table CSV', () => {
  it('reads rows after the header, full codes as prefixes, empty or 不计提 as not depreciated, a BOM and CRLF', () => {
    const csv =
      '\uFEFF分类代码前缀,名称,折旧年限,依据\r\nA02010000,信息化设备,6,"财会〔2017〕4号, 表1"\r\nA03,文物和陈列品,不计提,准则\r\nA05,家具,,\r\n';
    expect(parseLifeTableCsv(csv)).toEqual({
      rows: [
        { prefix: 'A0201', name: '信息化设备', years: 6, basis: '财会〔2017〕4号, 表1' },
        { prefix: 'A03', name: '文物和陈列品', basis: '准则' },
        { prefix: 'A05', name: '家具', basis: '—' },
      ],
      problems: [],
    });
  });

  it('names each bad line', () => {
    const csv = 'h\nB01,x,5,y\nA02,,5,y\nA02,设备,2.5,y\nA02,设备,8,y';
    expect(parseLifeTableCsv(csv)).toEqual({
      rows: [{ prefix: 'A02', name: '设备', years: 8, basis: 'y' }],
      problems: [
        { line: 2, problem: expect.stringContaining('B01') },
        { line: 3, problem: '缺少名称' },
        { line: 4, problem: expect.stringContaining('2.5') },
      ],
    });
  });

  it('an empty file is a problem, not an empty table', () => {
    expect(parseLifeTableCsv('header only\n').problems).toEqual([{ line: 1, problem: '文件中没有数据行' }]);
  });
});
