// 「黄书记说12月3号那次 办公室没去成 只查了财务科」 · 「赵书记说不对 那次是廉政谈话 徐辉副主任也在」 typed on a waiting card
// (round 60, fbd; t62b G3, G4: read as a new report of the clerk's): a clerk passing on what the leader said about the card
// opens with who said it and which deed it is about; neither is a change, and both hid the change from the card's readers.
import type { PendingItem } from './followUp.js';
import { parseDay } from './parseDay.js';

/**
 * 黄书记说 · 赵书记刚才说 · 张伟同志说 · 领导说 · 他说: the one who said it, then 说/讲/反馈. A name without a title is two or
 * three characters and must be followed by a comma, a space, or 不对/那/是, so a deed (王强说了…) is not taken as a lead.
 */
const SPEAKER =
  /^(?:[\u4e00-\u9fa5]{1,3}?(?:副?书记|副?主任|副?部长|副?科长|副?理事长|副?处长|同志|领导)|领导|他|她|对方)(?:刚才|刚刚|又|也|那边)?(?:说|讲|反馈|回复|纠正|交代)(?:了|的)?(?:[,:：\s]+|(?=不对|错了|那|是|\d))/;

/** 12月3号那次 · 3号那次检查 · 上周二那次 · 那次 · 那个: the deed pointed at, with its day when said (group 1). */
export const DEED_POINTED =
  /^(?:(\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|\d{1,2}\.\d{1,2}|[上本这]周[一二三四五六日天]|周[一二三四五六日天]|昨天|前天)的?)?(?:那次|那一次|那个|那条|这次|这个|那回)(?:检查|谈话|会议|会|活动|记录|学习)?(?:的)?[,:：\s]*/;

/** What an edit's lead leaves: the words after it, whether a speaker was named, and the deed pointed at (its day if said). */
export interface EditLead {
  rest: string;
  relayed: boolean;
  /** 那次 · 12月3号那次 was said. */
  pointed: boolean;
  /** YYYY-MM-DD of the day said before 那次, if any. */
  day?: string;
}

/**
 * `text` (normalised, numerals arabic) without a speaker lead (X说) and a deed pointed at (12月3号那次 · 那次检查) at its
 * start; `today` (YYYY-MM-DD) reads the day. A day that cannot be read leaves the lead unread (pointed false).
 */
export function editLead(text: string, today: string): EditLead {
  let rest = text.trim();
  const speaker = SPEAKER.exec(rest);
  if (speaker) rest = rest.slice(speaker[0].length).trim();
  const pointed = DEED_POINTED.exec(rest);
  if (!pointed || pointed[0].length === 0) return { rest, relayed: speaker !== null, pointed: false };
  const day = pointed[1] !== undefined ? parseDay(pointed[1], today).date : undefined;
  if (pointed[1] !== undefined && day === undefined) return { rest, relayed: speaker !== null, pointed: false };
  return { rest: rest.slice(pointed[0].length).trim(), relayed: speaker !== null, pointed: true, ...(day !== undefined ? { day } : {}) };
}

/** What a card edit's lead leaves: the words after it, and whether a speaker was named (the member passes on a correction). */
export interface CardEditLead {
  rest: string;
  relayed: boolean;
}

/**
 * `text` without its editLead, or undefined when the day pointed at is none of the card's `items`' days: then the words
 * are about another deed, left to the other readers.
 */
export function cardEditLead(text: string, items: readonly PendingItem[], today: string): CardEditLead | undefined {
  const lead = editLead(text, today);
  if (lead.day !== undefined && !items.some((i) => i.draft.date === lead.day)) return undefined;
  return { rest: lead.rest, relayed: lead.relayed };
}
