import { distanceWords } from './nearby-messages';

const say = (key: 'metres' | 'kilometres', { n }: { n: string }) => `${n} ${key === 'metres' ? '米' : '公里'}`;

describe('distances as residents read them', () => {
  it('says metres to the nearest ten under a kilometre, kilometres to one decimal above', () => {
    expect(distanceWords(3, say)).toBe('10 米');
    expect(distanceWords(654, say)).toBe('650 米');
    expect(distanceWords(3240, say)).toBe('3.2 公里');
    expect(distanceWords(12_960, say)).toBe('13 公里');
  });
});
