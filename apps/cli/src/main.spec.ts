import { run } from './main';

describe('operator CLI help', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    // A new operator's shell: nothing configured.
    delete process.env.DATABASE_URL;
    delete process.env.AUDIT_SIGNING_KEY;
    process.env.DATA_DIR = '/nonexistent-data-dir';
  });
  afterAll(() => {
    process.env = saved;
  });

  const help = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await run(args, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  };

  it('lists every command without any settings', async () => {
    const { code, text } = await help('--help');
    expect(code).toBe(0);
    for (const command of [
      'rebuild',
      'verify-read-models',
      'audit-verify',
      'audit-tree-head',
      'audit-export',
      'audit-proof',
      'audit-consistency',
      'personal-data-upcast',
      'personal-data-rotate-keys',
      'import-register',
      'import-property',
    ])
      expect(text).toContain(command);
  });

  it('explains each command on its own', async () => {
    const { code, text } = await help('audit-export', '--help');
    expect(code).toBe(0);
    expect(text).toMatch(/--department <code>[\s\S]*--from <instant>[\s\S]*--to <instant>[\s\S]*--out <dir>/);
  });

  it('names a bad or missing argument before touching any database', async () => {
    expect((await help('audit-consistency', '--from', 'x', '--to', '2')).text).toContain("argument 'x' is invalid");
    expect((await help('audit-export', '--department', 'D-SCH1')).text).toContain("required option '--from <instant>' not specified");
    expect((await help('frobnicate')).code).not.toBe(0);
  });

  it('asks for a database only when a command runs', async () => {
    await expect(help('audit-verify')).rejects.toThrow(/set DATABASE_URL, or start the system with npm start/);
  });
});
