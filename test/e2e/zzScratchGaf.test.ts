import { beforeAll, describe, it } from 'vitest';
import { startTestBot } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';
const NOW = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(NOW);
beforeAll(async () => (await startTestBot({})).close(), 120_000);
const { activities, answerText, say, rows } = chat;
const log = (...a: unknown[]) => console.log('@@', ...a);
async function run(from: string, steps: string[]) {
  for (const s of steps) {
    const n = activities().length;
    const a = await answerText(from, s);
    log(from, '「' + s + '」 →', a.replace(/\n/g, ' ⏎ ').slice(0, 600), '| stored', n, '→', activities().length);
  }
  log('ROWS', JSON.stringify(rows()), JSON.stringify(activities().map((a) => [a.companionIds, a.note])));
}
describe('scratch', () => {
  it('b2', () => run('黄志刚', ['上周五和林晓到维权部开展了作风纪律检查', '确认', '林晓说上周五维权部那次检查 她没去 是我一个人去的', '确认']));
  it('b3', () => run('黄志刚', ['上周五和林晓到维权部开展了作风纪律检查', '确认', '11.27那次检查 林晓没参加']));
});
