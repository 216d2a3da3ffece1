// The environment a benchmarked bot needs to speak to the bench's emulator as the demo app (signed, encrypted events).
import { DEMO_APP } from '../src/emulator/demoApp.js';

/** FEISHU_* of the demo app against the emulator at `feishuUrl`, with DATA_DIR and, when given, CONFIG_DIR. */
export function demoAppEnv(feishuUrl: string, dataDir: string, configDir?: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    ...(configDir !== undefined ? { CONFIG_DIR: configDir } : {}),
    FEISHU_APP_ID: DEMO_APP.appId,
    FEISHU_APP_SECRET: DEMO_APP.appSecret,
    FEISHU_VERIFICATION_TOKEN: DEMO_APP.verificationToken,
    FEISHU_ENCRYPT_KEY: DEMO_APP.encryptKey,
    FEISHU_DOMAIN: feishuUrl,
  };
}
