import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import {
  APPROVAL_POLICY_STREAM_ID,
  ApprovalPolicyEvent,
  ApprovalPolicyState,
  evolveApprovalPolicy,
  initialApprovalPolicyState,
} from '../domain/approval-policy';

/** Every district's approval policies, folded from their stream in the event store (never from a read model). */
@Injectable()
export class ApprovalPolicySource {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(): Promise<ApprovalPolicyState> {
    const events = await this.store.readStream(APPROVAL_POLICY_STREAM_ID);
    return events.reduce(
      (s, e) => evolveApprovalPolicy(s, { type: e.type, data: e.data } as ApprovalPolicyEvent),
      initialApprovalPolicyState(),
    );
  }
}
