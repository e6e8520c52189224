import { deciderSpec } from '@app/shared/testing/decider-spec';
import { residentDecider, ResidentCommand } from '../../domain/resident.decider';
import { consented, erased, recorded } from '../../domain/resident.fixtures';

const NOW = '2026-11-28T02:00:00.000Z';
const give = (noticeVersion: string, current = 'v2'): ResidentCommand => ({
  kind: 'GiveConsent',
  residentId: 'r-1',
  noticeVersion,
  current: { version: current, purposes: ['booking'] },
  now: NOW,
});

describe("a resident's consent to the personal-information notice", () => {
  const spec = deciderSpec(residentDecider);

  it('given no consent, when the resident agrees to the current notice, then what, when and which version are recorded', () => {
    spec
      .given([])
      .when(give('v2'))
      .then([consented('v2', NOW)]);
  });

  it('given consent to an older version, when the resident agrees to the new one, then it is recorded', () => {
    spec
      .given([consented('v1')])
      .when(give('v2'))
      .then([consented('v2', NOW)]);
  });

  it('given consent to the current version, when agreeing again, then nothing is written', () => {
    spec
      .given([consented('v2')])
      .when(give('v2'))
      .then([]);
  });

  it('given any history, when agreeing to a version that is not the current one, then it is refused', () => {
    spec.given([]).when(give('v1')).thenError('NOTICE_OUTDATED', { field: 'noticeVersion' });
  });

  it('given consent, when it is withdrawn, then the withdrawal names the version; withdrawing again is refused', () => {
    spec
      .given([consented('v2')])
      .when({ kind: 'WithdrawConsent', residentId: 'r-1', now: NOW })
      .then([{ type: 'resident.consent-withdrawn.v1', data: { residentId: 'r-1', noticeVersion: 'v2', withdrawnAt: NOW } }]);
    spec.given([]).when({ kind: 'WithdrawConsent', residentId: 'r-1', now: NOW }).thenError('CONSENT_NOT_GIVEN');
  });

  it('given an erasure, when the resident comes back, then the old consent no longer counts', () => {
    const state = [recorded(), consented('v2'), erased()].reduce(residentDecider.evolve, residentDecider.initialState());
    expect(state.consent).toBeNull();
    spec
      .given([recorded(), consented('v2'), erased()])
      .when(give('v2'))
      .then([consented('v2', NOW)]);
  });
});
