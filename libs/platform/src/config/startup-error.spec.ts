import 'reflect-metadata';
import { IsInt, Matches } from 'class-validator';
import { startupErrorLine } from './startup-error';
import { validateConfig } from './validate-config';

class SomeConfig {
  @IsInt({ message: 'PORT must be a whole number' })
  PORT!: number;

  @Matches(/^postgres:\/\//, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;
}

describe('start-up failures told in one line', () => {
  it('given two bad settings, then both are named on one line', () => {
    let error: unknown;
    try {
      validateConfig(SomeConfig, { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(startupErrorLine(error)).toBe(
      'Invalid configuration (SomeConfig): PORT: PORT must be a whole number; DATABASE_URL: DATABASE_URL must be a postgres:// connection URL',
    );
  });

  it('names a port in use and an unreachable database instead of an errno dump', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 0.0.0.0:3000'), { code: 'EADDRINUSE', port: 3000 });
    expect(startupErrorLine(inUse)).toBe('port 3000 is already in use: set PORT to a free one');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 5432,
    });
    expect(startupErrorLine(refused)).toBe('cannot reach PostgreSQL at 127.0.0.1:5432 (connection refused): check DATABASE_URL');
  });

  it('keeps any other message, folded onto one line', () => {
    expect(startupErrorLine(new Error('first\n  second'))).toBe('first; second');
    expect(startupErrorLine('plain')).toBe('plain');
  });
});
