import { formatSlot, formatWindow, maskPhone } from './windows';

describe('sharing times on the pages (China time)', () => {
  it('shows a window past midnight with 次日', () => {
    expect(formatWindow('18:30', '07:30', '次日')).toBe('18:30–次日07:30');
    expect(formatWindow('08:00', '21:30', '次日')).toBe('08:00–21:30');
    expect(formatWindow('00:00', '00:00', '次日')).toBe('00:00–次日00:00');
  });

  it('shows a slot in China time whatever the instant is written in, with 次日 only when it ends on a later day', () => {
    expect(formatSlot('2026-11-23T10:30:00.000Z', '2026-11-23T23:30:00.000Z', '次日')).toBe('18:30–次日07:30');
    expect(formatSlot('2026-11-23T10:30:00.000Z', '2026-11-23T11:30:00.000Z', '次日')).toBe('18:30–19:30');
    expect(formatSlot('2026-11-23T15:00:00.000Z', '2026-11-23T16:00:00.000Z', '次日')).toBe('23:00–00:00');
  });

  it('masks a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
