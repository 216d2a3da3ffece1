// t52a F8: 「…和财务科孙丽科长谈了一次心 主要是提醒年底资金支付要守规矩」 was recorded with none of what was said, and the
// receipt did not say so: the member could think the bot lost it. Issue 10 G keeps a talk's words out of the 台账 (a talk
// record stores nothing of the message's text: recordReport), so the card or receipt now says once that they were left out.
import { isTalkType } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';

/** The note said once on the card or receipt of a talk whose message told what was said. */
export const TALK_CONTENT_NOT_KEPT = '谈话内容按规定不记入台账，只记谈话时间和双方';

/**
 * What a talk was about, told in the message: 主要是… · 重点提醒… · 内容是… · 提醒他/她/其… · 要求…守住/注意… · 叮嘱 ·
 * 嘱咐 · 告诫 · 谈了…方面的问题 · 就…问题谈话. Not a bare 提醒 that only types the talk (进行了廉政提醒).
 */
const CONTENT =
  /主要(?:是|内容|就|围绕|提醒|讲|谈|强调|针对)|重点(?:是|提醒|强调|谈|围绕)|(?:谈话)?内容(?:是|为|主要)|谈的是|(?:提醒|要求|督促|告诫|叮嘱|嘱咐|嘱托|强调)(?:了)?(?:他|她|其|我|对方|二人|两人|大家)|(?:提醒|要求|督促|告诫|叮嘱|嘱咐)(?:了)?[^,，。；;！!？?\n]{1,14}?(?:注意|要|不要|不得|严守|守住|守好|守牢|抓好|做好|加强|落实|规范|管好|把好|警惕|防范)|谈了(?:谈)?[^,，。；;\n]{1,16}?(?:方面|问题|情况|想法|思想)|就[^,，。；;\n]{2,20}?(?:问题|事项|工作|情况)[^,，。；;\n]{0,6}?(?:谈话|谈心|谈了)/;

/**
 * The note saying a talk's content was left out, as a one-item list, when `drafts` hold a talk (or a record of someone
 * talked to whose type is still asked: 找李明谈了话 要求他…) and `text` (the member's message) told what was said in it;
 * empty otherwise. A record whose type the answer makes no talk loses the note again (remarksStillTrue).
 */
export function talkContentNote(drafts: readonly ReportDraft[], text: string): string[] {
  const talk = drafts.some((d) => (d.type !== undefined ? isTalkType(d.type) : d.counterpartIds.length > 0));
  return talk && CONTENT.test(text) ? [TALK_CONTENT_NOT_KEPT] : [];
}

/** Whether any of `drafts` is a talk, for keeping the note only beside one (remarksStillTrue). */
export function holdsTalk(drafts: readonly ReportDraft[]): boolean {
  return drafts.some((d) => d.type !== undefined && isTalkType(d.type));
}
