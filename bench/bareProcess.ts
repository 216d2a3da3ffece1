// Child process for the baseline: a bare Hono endpoint that reads the body and answers {} — no verification, no disk.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/feishu/events', async (c) => {
  await c.req.text();
  return c.json({});
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send!({ ready: true, url: `http://127.0.0.1:${info.port}` });
});
process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'stats') process.send!({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  if (msg.cmd === 'stop') server.close(() => process.exit(0));
});
