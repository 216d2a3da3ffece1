// 11月18日，张伟到办公室调研。张伟书记主持召开专题会议 (p29, g28 leftover: the 专题会议 lost, its type asked): the department a
// leader visited is where the visit was, not whose meeting a later sentence tells of.
import type { Department } from '../organization.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names `dept` (by name or alias) only as the place of a visit: each time right after 到/赴/深入/前往/来 and
 * followed in its clause by 调研/走访/视察/检查指导/指导工作/慰问, or as those met at a 座谈 (与办公室同志座谈). False when it is named anywhere else (召开财务科…会议).
 */
export function namedOnlyAsVisited(text: string, dept: Department): boolean {
  const names = [dept.name, ...dept.aliases].filter((n) => n !== '').sort((a, b) => b.length - a.length).map(escape).join('|');
  const all = [...text.matchAll(new RegExp(names, 'g'))];
  if (all.length === 0) return false;
  const visit = new RegExp(`(?:到|赴|深入|前往|来)$`);
  const after = /^[^,，;；。!?！？\n]{0,12}?(?:调研|走访|视察|检查指导|指导工作|慰问)/;
  // 与办公室同志座谈 on that visit names the same place's people, not a meeting of its own.
  const metWith = /(?:与|同|和|跟)$/;
  const symposium = /^[^,，;；。!?！？\n]{0,8}?座谈/;
  return all.every((m) => {
    const before = text.slice(0, m.index);
    const rest = text.slice(m.index! + m[0].length);
    return (visit.test(before) && after.test(rest)) || (metWith.test(before) && symposium.test(rest));
  });
}
