// A pasted 工作动态 item keeps the captions of its photos (（图为…）, ▲…, 图1：…): they describe a picture, not a deed.
import { withoutBylines } from './bylineTrailer.js';

/** （图为检查组查看考勤记录） · （图1：学习现场 图2：交流发言） · （摄影：…） · （供稿：…）: a caption in brackets. */
const BRACKETED = /[（(【]\s*(?:图为|图\s*\d|图片|摄影|供图|供稿|摄\s*[:：]|来源\s*[:：])[^（）()【】\n]{0,80}[）)】]/g;
/** ▲参观现场 · △学习现场: a caption mark and its few words, up to a space, a line break or a full stop. */
const MARKED = /[▲△▼]\s*[^\s。!?！？\n]{0,20}[。]?/g;
/**
 * A line that is only captions: 图1：学习现场 图2：交流发言 · 图为党课现场 · 图为赵敏书记讲授党课。 (round 64, gdd: a bare
 * 图为 line under a 工作动态 item was read as a second 党课 of no day).
 */
const CAPTION_LINE = /^\s*(?:图\s*\d+\s*[:：][^\n]*|图为[^\n。!?！？]{1,40}[。]?)\s*$/gm;

/**
 * `text` without its photos' captions, as a member pastes an item from a 公众号 or the unit's site (round 11: 「（图为
 * 检查组在教育就业部查看考勤记录）」 made a report read as a request to show records). Line breaks stay; a text that is
 * nothing but captions, or has none, is returned as it was, so nothing a member wrote vanishes unanswered.
 */
export function withoutPhotoCaptions(text: string): string {
  // （通讯员 王芳） · 通讯员：王芳 · 编辑：杨帆 (round 64, gdh; t67a F2: the byline read as a second talk): cut as a caption is.
  text = withoutBylines(text);
  const cut = text.replace(BRACKETED, '').replace(CAPTION_LINE, '').replace(MARKED, ' ');
  // Nothing cut, nothing folded: a pasted table's two tabs are its empty cell, and a run of spaces lines its columns up
  // (round 37, t36c F9: folded to one space, the 谈话对象 moved into the empty 谈话人 column). Where captions were cut, the
  // spaces they leave go (tabs stay).
  if (cut === text) return text;
  const out = cut.replace(/[^\S\n\t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return out === '' ? text : out;
}
