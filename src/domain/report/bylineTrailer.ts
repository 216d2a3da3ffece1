// 「12月3日上午，党组书记、理事长张伟与财务科科长孙丽进行廉政谈话，提醒其严守财经纪律。（通讯员 王芳）」 (round 64, gdh; t67a
// F2: a second talk 张伟→王芳 read from the byline): a pasted 工作动态 item ends with who wrote, sent or checked it — （通讯员 X） ·
// 通讯员：X · 供稿：X · 来源：<unit> · 编辑/审核：X · 撰稿 X. That is never a person talked to, a doer or a second record, so it
// is cut before any reader, as withoutPhotoCaptions cuts a photo's caption.

/** The words that open a byline: who reported, wrote, sent, edited or checked the item. */
const BYLINE_WORD = '(?:通讯员|撰稿人?|供稿(?:单位)?|来源|责任编辑|编辑|审核|审稿|初审|复审|终审|文字|文\\s*[/／]\\s*图|作者)';
/** （通讯员 王芳） · （供稿：办公室） · 【编辑：杨帆 审核：王磊】: a byline in brackets, of a few words, as the whole bracket. */
const BRACKETED = new RegExp(`[（(【\\[]\\s*${BYLINE_WORD}(?:\\s*[/／、]\\s*${BYLINE_WORD})*\\s*[:：]?\\s*[^（）()【】\\[\\]\\n。！？!?，,]{1,40}[）)】\\]]`, 'g');
/**
 * A byline that closes the message or stands on a line of its own: 通讯员：王芳 · 撰稿 王芳 · 编辑/审核：杨帆 · 来源：办公室 ·
 * 编辑：杨帆 审核：王磊 — at a line's start, or after the item's last full stop on the same line. 编辑/审核/来源 need their colon
 * (来源 and 审核 are words of a sentence too: 资金来源 · 审核了报销单据); 通讯员/撰稿/供稿 may take a space.
 */
const TRAILER = new RegExp(
  `(?:^|(?<=[。！!？?；;]))[^\\S\\n]*(?:(?:通讯员|撰稿人?|供稿(?:单位)?)(?:[:：]|[^\\S\\n]+)|${BYLINE_WORD}(?:\\s*[/／、]\\s*${BYLINE_WORD})*[^\\S\\n]*[:：])[^\\S\\n]*[^\\s，,。！？!?（）()]{1,20}(?:[^\\S\\n]+${BYLINE_WORD}(?:\\s*[/／、]\\s*${BYLINE_WORD})*[^\\S\\n]*[:：]?[^\\S\\n]*[^\\s，,。！？!?（）()]{1,20})*[^\\S\\n]*$`,
  'gm',
);

/**
 * `text` without its bylines. A text that is nothing but a byline, or has none, is returned as it was, so nothing a member
 * wrote vanishes unanswered.
 */
export function withoutBylines(text: string): string {
  const cut = text.replace(BRACKETED, '').replace(TRAILER, '');
  if (cut === text) return text;
  const out = cut.replace(/\n{3,}/g, '\n\n').trim();
  return out === '' ? text : out;
}
