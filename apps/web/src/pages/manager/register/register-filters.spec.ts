import { toAssetQuery } from './register-filters';

describe('register filters', () => {
  it('always scopes to the department and drops empty filters', () => {
    expect(toAssetQuery({ q: '  ', status: 'listed' }, 'D-SCH1')).toEqual({ departmentId: 'D-SCH1', status: 'listed' });
    expect(toAssetQuery({ q: ' 投影 ', categoryClass: 'A02000000', condition: 'good' }, 'D-EDU')).toEqual({
      departmentId: 'D-EDU',
      q: '投影',
      categoryClass: 'A02000000',
      condition: 'good',
    });
  });

  it('filters by a category at any level', () => {
    expect(toAssetQuery({ category: 'A02010100' }, 'D-EDU')).toEqual({ departmentId: 'D-EDU', category: 'A02010100' });
  });
});
