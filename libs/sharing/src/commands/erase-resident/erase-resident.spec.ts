import { deciderSpec } from '@app/shared/testing/decider-spec';
import { residentDecider, ResidentCommand } from '../../domain/resident.decider';
import { consented, erased, legacy, recorded } from '../../domain/resident.fixtures';
import { ErasureRequester } from '../../domain/sharing.events';

const erase = (requestedBy: ErasureRequester = 'resident', reason = ''): ResidentCommand => ({
  kind: 'Erase',
  residentId: 'r-1',
  requestedBy,
  byUserId: requestedBy === 'resident' ? 'r-1' : 'mgr-sch1',
  reason,
});

describe("erasing a resident's personal data (crypto-shredding)", () => {
  const spec = deciderSpec(residentDecider);

  it('given a sealed profile, when the resident erases it, then who and why are recorded for its subject', () => {
    spec.given([recorded(), consented()]).when(erase()).then([erased()]);
  });

  it('given a profile, when an administrator acts on a request, then the reason is required and recorded', () => {
    spec
      .given([recorded()])
      .when(erase('administrator', '居民来电申请删除'))
      .then([erased('r-1/1', 'administrator', '居民来电申请删除')]);
    spec.given([recorded()]).when(erase('administrator', '  ')).thenError('INVALID_ERASURE_REASON', { field: 'reason' });
    spec
      .given([recorded()])
      .when(erase('retention', 'x'.repeat(201)))
      .thenError('INVALID_ERASURE_REASON');
  });

  it('given an erased profile, when erased again, then it is refused and nothing is written', () => {
    spec.given([recorded(), erased()]).when(erase()).thenError('ALREADY_ERASED');
  });

  it('given a second profile after an erasure, when erased, then its own subject is erased', () => {
    spec
      .given([recorded(), erased(), recorded('r-1/2')])
      .when(erase())
      .then([erased('r-1/2')]);
  });

  it('given no resident, or one who only consented, when erased, then the subject is unknown', () => {
    spec.given([]).when(erase()).thenError('RESIDENT_NOT_FOUND');
    spec.given([consented()]).when(erase()).thenError('RESIDENT_NOT_FOUND');
  });

  it('given a plain-text profile from before encryption, when erased, then its subject is erased too', () => {
    spec.given([legacy()]).when(erase()).then([erased()]);
  });
});
