// npm run say when the bot's emulator goes away while it waits for the answer: one Chinese line and exit 1, no stack.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterAll, expect, it } from 'vitest';

let server: Server | undefined;
afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

function runSay(emulatorUrl: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/say.ts', ...args], { env: { ...process.env, EMULATOR_URL: emulatorUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout!.on('data', (b: Buffer) => void (out += b.toString()));
    proc.stderr!.on('data', (b: Buffer) => void (out += b.toString()));
    proc.once('exit', (code) => resolve({ code, out }));
  });
}

it('the emulator closing the connection while say waits for replies is told in one line', async () => {
  let sentPolls = 0;
  // An emulator that takes the message, then dies: every later poll has its socket cut.
  server = createServer((req, res) => {
    if (req.url?.startsWith('/_demo/sent') && sentPolls++ === 0) return void res.end(JSON.stringify({ next: 0, messages: [] }));
    if (req.url === '/_demo/say') return void res.end(JSON.stringify({ messageId: 'om_x' }));
    req.socket.destroy();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  const run = await runSay(`http://127.0.0.1:${port}`, ['王芳', '今天和李明进行了廉政谈话']);
  expect(run.code).toBe(1);
  expect(run.out).toContain('与飞书模拟器的连接断开了');
  expect(run.out).not.toMatch(/\n\s+at /);
}, 30_000);
