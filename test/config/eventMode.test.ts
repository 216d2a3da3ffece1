// FEISHU_EVENT_MODE: what each mode requires of the environment, and the app id check the SDK leaves silent.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/configError.js';
import { loadEnv } from '../../src/config/env.js';

const APP_ID = 'cli_a1b2c3d4e5f60718';

describe('FEISHU_EVENT_MODE', () => {
  it('defaults to webhook, with or without credentials', () => {
    expect(loadEnv({}).eventMode).toBe('webhook');
    expect(loadEnv({ FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: 's', FEISHU_VERIFICATION_TOKEN: 't' }).eventMode).toBe('webhook');
  });

  it('ws needs only the app id and secret: no verification token, no encrypt key', () => {
    const env = loadEnv({ FEISHU_EVENT_MODE: 'ws', FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: 's' });
    expect(env.eventMode).toBe('ws');
    expect(env.feishu).toMatchObject({ appId: APP_ID, appSecret: 's', verificationToken: '' });
  });

  it('ws without credentials is the demo over the long connection', () => {
    const env = loadEnv({ FEISHU_EVENT_MODE: 'ws' });
    expect(env.feishu).toBeUndefined();
    expect(env.eventMode).toBe('ws');
  });

  it('webhook without a verification token names the variable and the way out, in Chinese and English', () => {
    const run = () => loadEnv({ FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: 's' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/FEISHU_VERIFICATION_TOKEN: 在 webhook 模式下必填.*FEISHU_EVENT_MODE=ws.*required in webhook mode/);
  });

  it('a secret is required in both modes', () => {
    for (const mode of ['webhook', 'ws']) {
      expect(() => loadEnv({ FEISHU_EVENT_MODE: mode, FEISHU_APP_ID: APP_ID, FEISHU_VERIFICATION_TOKEN: 't' })).toThrow(/FEISHU_APP_SECRET/);
    }
  });

  it.each(['cli_a0000000000demo', 'cli_123', 'a1b2c3d4e5f60718', 'cli_a1b2c3d4e5f6071g', 'cli_a1b2c3d4e5f607180', 'CLI_a1b2c3d4e5f60718', ' cli_a1b2c3d4e5f60718'])(
    'ws refuses the app id %j: not cli_ + 16 hex digits',
    (appId) => {
      expect(() => loadEnv({ FEISHU_EVENT_MODE: 'ws', FEISHU_APP_ID: appId, FEISHU_APP_SECRET: 's' })).toThrow(/FEISHU_APP_ID: 应为 cli_ 加 16 位十六进制数字.*cli_ followed by 16 hex digits/);
    },
  );

  it.each(['cli_a1b2c3d4e5f60718', 'cli_ABCDEF0123456789', 'cli_0000000000000000'])('ws accepts %s', (appId) => {
    expect(loadEnv({ FEISHU_EVENT_MODE: 'ws', FEISHU_APP_ID: appId, FEISHU_APP_SECRET: 's' }).feishu?.appId).toBe(appId);
  });

  it('any other mode is a configuration error', () => {
    expect(() => loadEnv({ FEISHU_EVENT_MODE: 'websocket' })).toThrow(/FEISHU_EVENT_MODE: expected webhook or ws/);
  });
});
