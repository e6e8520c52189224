import { Logger } from '@nestjs/common';
import { SmsSender } from './sms-sender';

export interface LoggedSms {
  readonly to: string;
  readonly text: string;
  readonly at: Date;
}

const KEPT = 200;

/** 13812345678 → 138****5678: the log line names the number only as much as an operator needs. */
const masked = (to: string) => (to.length >= 7 ? `${to.slice(0, 3)}****${to.slice(-4)}` : '****');

/**
 * Development provider: writes the text to the log instead of sending it (the only place a text,
 * and so a one-time code, appears in plain text). Keeps the latest texts in memory so tests can
 * read what "arrived" (`latestTo`).
 */
export class LogSmsSender extends SmsSender {
  readonly provider = 'log';
  readonly enabled = true;
  private readonly logger = new Logger('sms');
  private readonly sent: LoggedSms[] = [];

  send(to: string, text: string): Promise<void> {
    this.logger.log(`to ${masked(to)}: ${text}`);
    this.sent.push({ to, text, at: new Date() });
    if (this.sent.length > KEPT) this.sent.splice(0, this.sent.length - KEPT);
    return Promise.resolve();
  }

  /** Test hook: the latest text to this number, if any. */
  latestTo(to: string): LoggedSms | undefined {
    for (let i = this.sent.length - 1; i >= 0; i--) if (this.sent[i].to === to) return this.sent[i];
    return undefined;
  }

  /** Test hook: how many texts went to this number. */
  countTo(to: string): number {
    return this.sent.filter((s) => s.to === to).length;
  }
}
