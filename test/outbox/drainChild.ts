// A tiny process for the crash test: opens the store and an outbox, enqueues a broadcast, drains it, exits. The test SIGKILLs it mid-way.
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { createOutbox } from '../../src/outbox/createOutbox.js';
import { openStore } from '../../src/store/openStore.js';
import { APP, broadcast } from './outboxHarness.js';

const file = process.env.OUTBOX_DB_FILE!;
const domain = process.env.OUTBOX_DOMAIN!;
const count = Number(process.env.OUTBOX_COUNT ?? 300);

const store = await openStore(file);
const outbox = createOutbox({
  store,
  feishu: createFeishuClient({ ...APP, domain }),
  now: () => new Date(),
  log: (line) => process.stderr.write(`${line}\n`),
});
outbox.start();
// After a restart every key is known already: this enqueues nothing and the outbox resumes from the store.
const { queued, skipped } = await outbox.enqueue(broadcast(count));
process.stdout.write(`enqueued ${queued} skipped ${skipped}\n`);
await outbox.idle();
await outbox.stop();
process.stdout.write(`drained ${JSON.stringify(outbox.stats())}\n`);
