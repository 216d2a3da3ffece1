// 「年度总结」「2025年度总结」「我的述廉材料」: is a message asking for the year's account, for whom, for which period.
import { REPORTED, normalizeRequest } from './ledgerRequest.js';
import { currentPeriod, previousPeriod, type Period } from '../period.js';
import { leftovers } from './intent.js';
import { parseQueryPeriod } from './period.js';
import { shanghaiDate } from '../shanghai.js';
import type { Directory } from '../organization.js';
import { parseQueryWho } from './who.js';

export interface YearEndRequest {
  /** organization: the unit's account (seed 002); person: the sender's own 述责述廉 material (seed 003). */
  subject: 'organization' | 'person';
  period: Period;
  /** The period was not named and was chosen by the default rule (said so in the reply). */
  defaulted: boolean;
  unplaced: string[];
  /** 「出一份刘芳的述廉材料」: the person named, when it is not the sender (subject is then 'person'). */
  personId?: string;
}

/** 总结 asked for, not reported: 「年度总结」「上半年工作总结」「总结草稿」, but not 「自查总结」 (a record type). */
const ORGANIZATION = /(?:工作)?总结(?:草稿|初稿)?/;
const ASKED_SUMMARY = /(?:^|年度|年终|全年|半年|季度|年|月|党风廉政建设|全面从严治党|廉政)$/;
const PERSON = /(?:述责述廉|述职述廉|述廉)(?:材料|报告)?(?:草稿|初稿)?/;
/** 年度 and 全年 before 总结 restate the period rather than name it ("今年年度总结"), unless a year number owns them. */
const RESTATED_YEAR = /(?<!\d)(?:年度|年终|全年)$/;
const MINE = /我的|本人|个人|自己的?/;
/** A day of a month (11月28日, 11.28): an account is asked for by year or half-year, never by a day. */
const HELD_ON_A_DAY = /\d{1,2}月\d{1,2}[日号]|(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])/;
const VERBS = /请|帮我|帮忙|麻烦|给我|发给我|发我|一下|生成|起草|导出|写|出|一份|一篇|我要|草稿|初稿|材料|党风廉政建设|廉政建设/g;

/**
 * The year as default, except in January: people write the year's account at its end
 * and into the next month, so 「年度总结」 on 5 January means the year just closed.
 */
export function defaultAccountPeriod(now: Date): Period {
  const year = currentPeriod('year', now);
  return shanghaiDate(now).slice(5, 7) === '01' ? previousPeriod(year) : year;
}

function matchSubject(clean: string): { subject: YearEndRequest['subject']; before: string; after: string } | null {
  const person = PERSON.exec(clean);
  if (person) return { subject: 'person', before: clean.slice(0, person.index), after: clean.slice(person.index + person[0].length) };
  const org = ORGANIZATION.exec(clean);
  if (!org) return null;
  const before = clean.slice(0, org.index);
  if (!ASKED_SUMMARY.test(before) && !/草稿|初稿/.test(org[0])) return null;
  return { subject: 'organization', before, after: clean.slice(org.index + org[0].length) };
}

export function parseYearEndRequest(text: string, now: Date, asker?: { directory: Directory; senderId: string }): YearEndRequest | null {
  const clean = normalizeRequest(text);
  // 「11月28日在…会议上作了述责述廉」 tells of one held on a day: a report, not a request for the material.
  if (REPORTED.test(clean) || HELD_ON_A_DAY.test(clean)) return null;
  const found = matchSubject(clean.replace(new RegExp(MINE.source, 'g'), ''));
  if (!found) return null;
  // 「我的年度总结」 is one person's account, whatever word they used for it.
  const subject = MINE.test(clean) ? 'person' : found.subject;
  const period = parseQueryPeriod(`${found.before.replace(RESTATED_YEAR, '')} ${found.after}`, now);
  const who = asker ? parseQueryWho(period.rest, asker.directory, asker.senderId) : undefined;
  const named = who?.value.person && !who.value.self ? who.value.person : undefined;
  if (named) {
    return {
      subject: 'person',
      personId: named.id,
      period: period.value ?? defaultAccountPeriod(now),
      defaulted: period.value === undefined,
      unplaced: leftovers(who!.rest.replace(VERBS, ' ')),
    };
  }
  return {
    subject,
    period: period.value ?? defaultAccountPeriod(now),
    defaulted: period.value === undefined,
    unplaced: leftovers(period.rest.replace(VERBS, ' ')),
  };
}
