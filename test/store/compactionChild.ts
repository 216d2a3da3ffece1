// Child for compactionCrash.test.ts: records reports one after another, printing each acknowledged one and each compaction phase, until killed.
import { recordActivities } from '../../src/store/activityLog.js';
import { openStore } from '../../src/store/openStore.js';

const [file, first] = process.argv.slice(2) as [string, string];
const say = (line: string) => process.stdout.write(`${line}\n`);
const store = await openStore(file, { compactEvery: 40, onCompaction: (phase) => say(`compaction ${phase}`) });
say('ready');
for (let i = Number(first); ; i++) {
  const id = `e${i}`;
  await recordActivities(
    store,
    [{ type: 'talk_integrity', date: '2026-11-20', reporter: 'ou_a', actorId: 'liming', counterpartIds: ['wangjianguo'], late: false, sourceEventId: id }],
    'ou_a',
    new Date(),
  );
  say(`ok ${id}`);
}
