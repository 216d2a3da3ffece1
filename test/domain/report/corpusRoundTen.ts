// Kinds read wrong on the tester's round-10 unseen messages (issue 10, faults F1–F8), each written fresh in several variants.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_TEN_ROWS: CorpusRow[] = [
  // F1. Someone who 作廉政提醒 (to everyone, no one introduced by 对/与/和/跟/找) gave a 廉政教育; the subject of a talk's clause
  // who 作…谈话 is its doer, never the sender's counterpart (round 10: a 廉政谈话 of the sender's with 赵敏).
  ["李娟", "今天上午，机关党委组织召开节前廉政教育会，机关党委书记赵敏同志作廉政提醒，要求全体党员干部廉洁过节。机关全体党员参加。", "!廉教 11-30 赵敏>"],
  ["李娟", "今天赵敏书记给大家作了廉政提醒", "!廉教 11-30 赵敏>"],
  ["胡军", "【工作动态】11月25日，机关党委书记赵敏同志在康复部作廉政提醒，强调要守住底线。", "!廉教 11-25 赵敏>"],
  ["王磊", "11月20日，宣文部召开全体干部会议，赵敏同志作了廉政提醒，参加9人", "廉教 11-20 > #9 ?missing_actor"],
  ["李娟", "11月20日赵敏书记给财务科全体人员作了廉政警示谈话", "!廉谈 11-20 赵敏>孙丽 | 廉谈 11-20 赵敏>王强"],
  ["李娟", "11月20日赵敏书记对我作了廉政提醒", "!廉谈 11-20 赵敏>李娟"],
];
