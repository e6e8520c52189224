// The environment of the HTTP and browser tests. When a test (or a hook) fails, it prints what each
// open page of a browser journey showed and the page's last requests, so that a failure seen once on
// a busy CI machine can be understood from the log alone. Registered by test/support/browser/page-journal.ts.
// Jest loads environments as CommonJS before any transform runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TestEnvironment } = require('jest-environment-node');

class BrowserFailureEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const describe = this.global.__describeOpenPages;
    if (typeof describe !== 'function') return;
    try {
      const text = await describe();
      if (text) process.stderr.write(`\n${text}\n`);
    } catch (error) {
      process.stderr.write(`\n(the open pages could not be described: ${error})\n`);
    }
  }
}
module.exports = BrowserFailureEnvironment;
