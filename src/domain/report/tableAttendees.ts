// 台账 pasted as rows under a header 「序号 时间 地点 参加人 内容」: the people listed in a row are who took part, so their number is its head count.
import type { Directory } from '../organization.js';

/** A header row: column words separated by spaces or tabs, one of them who took part. */
const HEADER_WORDS = /^(?:序号|编号|时间|日期|地点|参加人员?|参会人员?|参加对象|内容|活动内容|形式|主持人|组织者|备注|类型)$/;
const ATTENDEE_COLUMN = /^(?:参加人员?|参会人员?|参加对象)$/;

/** Whether `line` is a table header with a column of who took part (参加人/参加人员/参会人员). */
export function hasAttendeeColumn(line: string): boolean {
  const words = line.trim().split(/[\s\t|｜]+/).filter((w) => w !== '');
  return words.length >= 3 && words.every((w) => HEADER_WORDS.test(w)) && words.some((w) => ATTENDEE_COLUMN.test(w));
}

/** The number of people of the directory a row lists with 、 (孙丽、王强、李娟 → 3); undefined for fewer than two. */
export function listedAttendees(row: string, directory: Directory): number | undefined {
  const names = directory.hasName;
  let best: number | undefined;
  for (const m of row.matchAll(/[\u4e00-\u9fa5]{2,4}(?:[、,，][\u4e00-\u9fa5]{2,4})+/g)) {
    const listed = m[0].split(/[、,，]/);
    if (listed.every((n) => names(n))) best = Math.max(best ?? 0, listed.length);
  }
  return best;
}
