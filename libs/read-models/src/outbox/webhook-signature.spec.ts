import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signature', () => {
  const secret = 'unit-secret';
  const body = '{"notificationId":"n-1","title":"调剂申请已通过"}';

  it('given a body and timestamp, then the signature is HMAC-SHA256 of "<timestamp>.<body>" in hex', () => {
    const hex = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1700000000, body)).toBe(`sha256=${hex}`);
  });

  it('given the signed request, when the receiver checks it within the tolerance, then it is accepted', () => {
    const signature = signWebhook(secret, 1700000000, body);
    expect(verifyWebhook(secret, { signature, timestamp: '1700000000' }, body, 1700000100)).toBe(true);
  });

  it('given a changed body, another secret, a moved timestamp or an old request, then it is refused', () => {
    const signature = signWebhook(secret, 1700000000, body);
    expect(verifyWebhook(secret, { signature, timestamp: '1700000000' }, body.replace('通过', '驳回'), 1700000000)).toBe(false);
    expect(verifyWebhook('other', { signature, timestamp: '1700000000' }, body, 1700000000)).toBe(false);
    expect(verifyWebhook(secret, { signature, timestamp: '1700000001' }, body, 1700000000)).toBe(false);
    expect(verifyWebhook(secret, { signature, timestamp: '1700000000' }, body, 1700000301)).toBe(false);
    expect(verifyWebhook(secret, { signature: undefined, timestamp: '1700000000' }, body, 1700000000)).toBe(false);
  });
});
