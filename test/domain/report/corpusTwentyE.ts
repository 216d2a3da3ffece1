// Round 20u's dialog kinds (e20, issue 10). The opener of C04: several talks with no type, asked once — the answer
// 「都是…」 types them all (test/domain/report/typeForAll.test.ts, test/e2e/roundTwentyE.test.ts). The other kinds of the
// round handled here are no single message: a photo while a card waits, a change typed on a waiting card
// (cardCorrection.test.ts) and a follow-up adding a person (addedPerson.test.ts) live in those tests and the e2e file.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_E_ROWS: CorpusRow[] = [
  // Two talks, two days, no type: the type is asked (of the first), never guessed.
  ["吴静", "昨天和刘洋谈了话，上周五和孙杰也谈了", "? 11-29 >刘洋 ?missing_type | ? 11-27 >孙杰 ?missing_type"],
  ["周涛", "上周二找张颖聊了聊，周四又和杨帆谈了一次", "? 11-24 >张颖 ?missing_type | ? 11-26 >杨帆 ?missing_type"],
  ["孙丽", "11月12日与王强谈了话，11月19日与李娟也谈了", "? 11-12 >王强 ?missing_type | ? 11-19 >李娟 ?missing_type"],
  ["何平", "前天跟徐辉谈了谈，上周三跟孙杰也谈了", "? 11-28 >徐辉 ?missing_type | ? 11-25 >孙杰 ?missing_type"],
];
