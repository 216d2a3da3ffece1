// 「谈心谈话吧」 to 「是哪类活动？」 (round 68, ghi; t71a FB2: answered as 周涛's 组联部 完成情况, the talk never recorded) ·
// 「李明吧」 to 「和谁谈的？」 (answered as 李明's 完成情况): a member not quite sure, or just talking the way people talk, softens
// the answer with 吧 · 呗 · 啊 · 的 or leads it with 嗯 · 应该是 · 大概是. The answer inside is the answer all the same; the query
// words it holds (谈话 · 李明's name) must not make it a question of its own while a question waits for exactly that.
import { toSimplified } from './toSimplified.js';

/** What may lead a softened answer: a filler (嗯 · 哦 · 那), then a hedge (应该是 · 大概是 · 就是 · 是). */
const LEAD = /^(?:(?:嗯+|哦+|噢+|呃+|额+|那|那就|对)[,，\s]*)*(?:应该是|应当是|应该|大概是|大概|可能是|估计是|好像是|就是|是)?/;
/** What may end one: 吧 · 呗 · 啊 · 呀 · 哈 · 的 · 的吧 · 吧哈, with a stop or a tilde. */
const TAIL = /(?:的吧|的啊|的呀|吧哈|吧|呗|啊|呀|哈|的)[。.!！~～\s]*$/;

/**
 * The answer inside a softened reply (「谈心谈话吧」 → 「谈心谈话」, 「嗯 应该是上周五吧」 → 「上周五」, 「孙丽啊」 → 「孙丽」), or
 * undefined when nothing softens it (a bare answer is read as it is) or nothing is left once the softeners go.
 * Only the ends are read: a softener inside (谈了吧，和张颖) is no softened answer. The caller decides whether the answer
 * answers the question waiting; this reads words only.
 */
export function softenedAnswer(text: string): string | undefined {
  // 談心談話吧 · 大概是孫麗吧: read in simplified characters, as a whole report is (the core is what the dialog reads).
  const t = toSimplified(text).trim().replace(/[。.!！~～]+$/, '');
  const tail = TAIL.exec(t);
  const lead = LEAD.exec(t);
  const led = lead !== null && lead[0].length > 0;
  if (!tail && !led) return undefined;
  const core = t.slice(led ? lead![0].length : 0, tail ? tail.index : t.length).trim();
  if (core.length === 0 || core.length > 16) return undefined;
  // A softener left inside (谈了吧，和张颖 · 算了吧) or a question (是吗 · 对吧) is no softened answer; nor is an answer of
  // parts (「一篇28号，另一篇是30号报的」: its 的 closes 是…报的, and the bare reply already reads both days).
  if (/[吧呗吗呢?？，,、；;]/.test(core)) return undefined;
  return core;
}
