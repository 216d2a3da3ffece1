// 「这次谈心的内容是工作纪律」 alone after a stored 谈心谈话 (round 69, gid; t71c: read as a new talk, its day and whom asked):
// what the talk just reported was about, told on its own. It is no report: the talk it points at is the member's latest,
// and its words are not kept (issue 10 G: a talk record holds who, whom, when and its kind — TALK_CONTENT_NOT_KEPT), as
// when the same words come in the report's own message (typedTalkContent, talkContentLeftOut).
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';

/** A talk's content told after it, and the kind of talk its words point at (undefined: 谈话 · 这次, any talk). */
export interface StoredTalkContent {
  type?: ActivityTypeCode;
}

/**
 * 这次/刚才那次/上次 (谈心|廉政谈话|谈话)(的)?(主要)?(内容|主题|话题) (主要)?(是|为|：) … · 这次谈心主要谈的是… · 谈话内容是… ·
 * 补充一下，… : the pointer or the kind first, then what it was about; the whole message.
 */
const TOLD =
  /^(?:补充一下|补充|另外|对了|哦)?[,，;；\s]*(?:这次|这回|刚才|刚刚|上次|那次|刚才那次|刚才报的|刚才那个|这个)?(?:那次|那个)?(?:的)?(谈心谈话|谈心|廉政谈话|廉政约谈|提醒谈话|谈话)(?:的)?(?:主要)?(?:内容|主题|话题|谈的)(?:主要)?(?:是|为|就是|：|:)(.{2,40})$|^(?:这次|这回|刚才|上次|那次)(?:的)?(谈心谈话|谈心|廉政谈话|谈话)?(?:主要)?(?:谈的是|谈的|聊的是|讲的是|是关于)(.{2,40})$/;

/**
 * The talk content `text` tells with nothing else in it (no day, count or 《title》 — those make a report or a change), or
 * undefined. Traditional script is read as simplified. Pure.
 */
export function storedTalkContent(text: string): StoredTalkContent | undefined {
  const said = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  const m = TOLD.exec(said);
  if (!m) return undefined;
  const content = (m[2] ?? m[4])!;
  // 内容是…，昨天又和王芳谈了 · 内容是11月20日那次 : a day, a count or a new deed is more than content.
  if (/\d|今天|昨天|前天|上周|本周|《|又和|还和|另外和|进行了|开展了|组织了/.test(content)) return undefined;
  const kind = m[1] ?? m[3];
  if (kind === undefined || kind === '谈话') return {};
  return { type: /谈心/.test(kind) ? 'talk_heart' : 'talk_integrity' };
}
