import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual(defaultConfig);
  });

  it('reads every setting', () => {
    expect(
      loadConfig({ PORT: '8080', HOST: '127.0.0.1', MAX_TEXT_LENGTH: '500', MAX_BATCH_SIZE: '20' }),
    ).toMatchObject({ port: 8080, host: '127.0.0.1', maxTextLength: 500, maxBatchSize: 20 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [
      { MAX_TEXT_LENGTH: '0' },
      'MAX_TEXT_LENGTH must be a whole number from 1 to 10000000, got "0"',
    ],
    [{ MAX_BATCH_SIZE: '1.5' }, 'MAX_BATCH_SIZE must be a whole number from 1 to 1000000'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"',
    ],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
