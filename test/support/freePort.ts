// A port free on 127.0.0.1 now, for a process that is given its PORT as an operator would (tests and benchmarks).
import { createServer } from 'node:net';

/** Binds port 0 on 127.0.0.1, reads the port the system chose and closes it again. Rejects if binding fails. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
