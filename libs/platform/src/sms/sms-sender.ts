/**
 * The SMS port: sends a text to a mobile number. It knows nothing of what the text is for; a
 * provider (the log in development, an operator's gateway in production) sits behind it.
 */
export abstract class SmsSender {
  /** The provider's name (`log`, `none` …), for the settings and the start-up log. */
  abstract readonly provider: string;
  /** False when no provider is configured: features that send texts are off. */
  abstract readonly enabled: boolean;
  abstract send(to: string, text: string): Promise<void>;
}

/** No provider: nothing can be sent (features that need texts answer that they are off). */
export class NoSmsSender extends SmsSender {
  readonly provider = 'none';
  readonly enabled = false;
  send(): Promise<void> {
    return Promise.reject(new Error('no SMS provider is configured (SMS_PROVIDER=none)'));
  }
}
