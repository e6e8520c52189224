import { CommandBus } from '@nestjs/cqrs';
import { EscalateTransferStepCommand } from '@app/assets';
import { chinaRestDays, Clock } from '@app/shared';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { TransferRow } from '@app/read-models/transfers/transfer.entity';
import { ApprovalEscalationSweeper } from './approval-escalation.sweeper';

/** A transfer whose 主管部门 review began to wait at `since` (a UTC instant). */
const waiting = (since: string): TransferRow =>
  ({
    transferId: 't-1',
    assetId: 'a-1',
    status: 'pending_supervisor_review',
    updatedAt: new Date(since),
    steps: [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU', status: 'pending', byDepartmentId: null, comment: null, at: null }],
  }) as unknown as TransferRow;

describe('the escalation sweep counts working days between China dates', () => {
  const sent: EscalateTransferStepCommand[] = [];
  const sweeperFor = (row: TransferRow) =>
    new ApprovalEscalationSweeper(
      { execute: async (c: EscalateTransferStepCommand) => (sent.push(c), { replayed: false }) } as unknown as CommandBus,
      { waitingSince: async () => [row] } as unknown as TransferQueries,
      { now: () => new Date() } as Clock,
      { calendarFor: async () => chinaRestDays },
      { APPROVAL_ESCALATION_WORKING_DAYS: 3 },
    );
  beforeEach(() => (sent.length = 0));

  it('takes the day a step began in China time: 17:00 UTC on Monday is already Tuesday in China', async () => {
    // Began Tue 24 Nov 01:00 China: whole working days after it are 25, 26 and 27 Nov.
    const sweeper = sweeperFor(waiting('2026-11-23T17:00:00Z'));
    expect(await sweeper.sweep(new Date('2026-11-27T02:00:00Z'))).toBe(0); // Fri 10:00 China: the 25th and 26th only
    expect(await sweeper.sweep(new Date('2026-11-27T16:30:00Z'))).toBe(1); // Sat 00:30 China: the 27th has passed
    expect(sent.map((c) => c.request)).toEqual([
      { assetId: 'a-1', transferId: 't-1', step: 'supervisor_review', pendingSince: '2026-11-23T17:00:00.000Z', workingDaysWaited: 3 },
    ]);
  });

  it('counts a step begun late on Friday in China from that Friday, not from Saturday', async () => {
    // Fri 27 Nov 23:30 China (15:30 UTC): whole working days after it are Mon 30 Nov, Tue 1 and Wed 2 Dec.
    const sweeper = sweeperFor(waiting('2026-11-27T15:30:00Z'));
    expect(await sweeper.sweep(new Date('2026-12-02T15:00:00Z'))).toBe(0); // Wed 23:00 China
    expect(await sweeper.sweep(new Date('2026-12-02T16:00:00Z'))).toBe(1); // Thu 00:00 China
  });
});
