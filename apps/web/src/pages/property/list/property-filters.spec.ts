import { toPropertyQuery } from './property-filters';

describe('the register’s query from its filters', () => {
  it('leaves out empty choices and trims text', () => {
    expect(toPropertyQuery({ q: '  办公楼 ', kind: undefined, use: 'school', status: undefined, unit: 'D-EDU' })).toEqual({
      q: '办公楼',
      use: 'school',
      unit: 'D-EDU',
    });
  });

  it('is empty when nothing is chosen', () => {
    expect(toPropertyQuery({ q: '   ' })).toEqual({});
  });
});
