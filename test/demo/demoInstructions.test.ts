// The demo banner's commands work when pasted: `npm run say` is told a port other than the default.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMULATOR_PORT, loadEnv } from '../../src/config/env.js';
import { demoInstructions } from '../../src/demo/demoInstructions.js';

const banner = (emulatorPort: number) =>
  demoInstructions({ botUrl: 'http://127.0.0.1:3330', longConnection: false, emulatorUrl: `http://127.0.0.1:${emulatorPort}`, emulatorPort, dataDir: '/tmp/d', configDir: '/etc/qf' });
const sayLines = (text: string) => text.split('\n').filter((l) => l.includes('npm run say'));

describe('the demo banner', () => {
  it('prints plain `npm run say` lines on the default port, which say.ts assumes', () => {
    expect(loadEnv({}).emulatorPort).toBe(DEFAULT_EMULATOR_PORT);
    const lines = sayLines(banner(DEFAULT_EMULATOR_PORT));
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.trim()).toMatch(/^npm run say -- /);
  });

  it('puts EMULATOR_PORT before every `npm run say` on another port (a newcomer on 3331 was sent to 3001)', () => {
    const text = banner(3331);
    const lines = sayLines(text);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.trim()).toMatch(/^EMULATOR_PORT=3331 npm run say -- /);
    expect(text).toContain('数据目录:   /tmp/d（');
    expect(text).toContain('/etc/qf/organization.yaml');
    // What say.ts reads from that prefix: the port the banner names.
    expect(loadEnv({ EMULATOR_PORT: '3331' }).emulatorPort).toBe(3331);
  });
});
