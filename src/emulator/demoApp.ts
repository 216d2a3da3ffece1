// Credentials of the demo app that `npm start` uses with the local emulator when no Feishu app is configured.

export const DEMO_APP = {
  // cli_ + 16 hex digits, as Feishu issues them: WSClient refuses anything else (FEISHU_EVENT_MODE=ws).
  appId: 'cli_a00000000000de70',
  appSecret: 'demo-app-secret',
  verificationToken: 'demo-verification-token',
  // Encrypted and signed like a production app, so the demo exercises the real path.
  encryptKey: 'demo-encrypt-key',
  groupChat: { chatId: 'oc_0000000000000000000000000000demo', name: '清风演示群' },
} as const;
