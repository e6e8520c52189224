import { SealedValue } from '@app/shared';
import { ResidentCommand } from './resident.decider';
import {
  ResidentConsentGiven,
  ResidentErased,
  ResidentPersonalFields,
  ResidentProfileRecorded,
  ResidentProfileRecordedV1,
} from './sharing.events';

/** Fixtures for the resident decider's specs: sealed values are opaque to deciders, so these stand in for the port's. */
export const fields: ResidentPersonalFields = { name: '王五', phone: '13800001111', plateNumber: '沪A12345' };
export const sealedFor = (subjectId: string, tag = 'p'): SealedValue => ({
  subjectId,
  alg: 'aes-256-gcm',
  keyVersion: 1,
  iv: 'AAAAAAAAAAAAAAAA',
  ciphertext: Buffer.from(`${subjectId}:${tag}`).toString('base64'),
});
export const record = (subjectId = 'r-1/1', f: ResidentPersonalFields = fields): ResidentCommand => ({
  kind: 'RecordProfile',
  residentId: 'r-1',
  fields: f,
  sealed: sealedFor(subjectId),
});
export const recorded = (subjectId = 'r-1/1', supersedes: string | null = null): ResidentProfileRecorded => ({
  type: 'resident.profile-recorded.v2',
  data: { residentId: 'r-1', subjectId, personal: sealedFor(subjectId), supersedes },
});
export const legacy = (): ResidentProfileRecordedV1 => ({ type: 'resident.profile-recorded.v1', data: { residentId: 'r-1', ...fields } });
export const consented = (noticeVersion = 'v1', givenAt = '2026-11-20T02:00:00.000Z'): ResidentConsentGiven => ({
  type: 'resident.consent-given.v1',
  data: { residentId: 'r-1', noticeVersion, purposes: ['booking'], givenAt },
});
export const erased = (
  subjectId = 'r-1/1',
  requestedBy: ResidentErased['data']['requestedBy'] = 'resident',
  reason = '',
): ResidentErased => ({
  type: 'resident.erased.v1',
  data: { residentId: 'r-1', subjectId, requestedBy, byUserId: requestedBy === 'resident' ? 'r-1' : 'mgr-sch1', reason },
});
