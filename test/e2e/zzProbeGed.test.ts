// scratch (not committed): prints the bot's answers for dialogs in $DIALOGS (json: [[sender, msg, ...], ...]).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { startTestBot } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';
const NOW = new Date(process.env.NOW ?? '2026-11-30T10:00:00+08:00');
const chat = useChatBot(NOW);
beforeAll(async () => (await startTestBot({})).close(), 600_000);
const dialogs: string[][] = JSON.parse(readFileSync(process.env.DIALOGS ?? '/work/scratch/ged/d.json', 'utf8'));
describe('probe', () => {
  it.each(dialogs.map((d, i) => [i, d] as const))('%i', async (_i, d) => {
    const [who, ...msgs] = d;
    let out = `\n=== ${who}\n`;
    for (const m of msgs) {
      const a = await chat.answerText(who!, m);
      out += `>> ${m}\n${a}\n`;
    }
    out += `ROWS ${JSON.stringify(chat.rows())}\n`;
    console.log(out);
  }, 600_000);
});
