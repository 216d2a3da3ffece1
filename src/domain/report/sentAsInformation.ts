// 孙丽「昨天向市纪委报送了财务科廉政风险点排查情况，一份信息。」 (round 53, fkf; t55a F2: a card of 自查总结, 「廉政风险点排查」按
// 自查总结记录): the member said what the paper was — a 信息 sent (一份信息 · 信息一篇 · …情况的信息) — and what it was about is
// only its subject. A 风险点排查 guessed as a 自查 (the guess, not 自查 written) in a sentence that sends a 信息 is no deed of its
// own: the deed is the 信息报送. 报送了…排查自查报告 · 开展了风险点排查 (nothing sent as a 信息) keep the 自查.
import type { KindMatch } from './parseKind.js';

/** The sentence around a match: between stops (。；！？ and line breaks), commas crossed. */
const SENTENCE_STOP = /[。;；!?！？\n]/;
/** A paper sent: 报送 · 上报 · 上交 · 呈报 · 报了 · 提交 · 报给. */
const SENT = /报送|上报|上交|呈报|报了|提交|报给|送了/;
/** 自查 written: the member did name a 自查 (自查报告 · 自查情况), so it stays. */
const SELF_CHECK_WRITTEN = /自查/;

/**
 * Whether `m`, a guessed 自查总结 (风险点排查 · 梳理), stands in a sentence of `text` that sends a 信息 (another match of `all`
 * is a 信息报送 there and a sending word is in it) and writes no 自查: then the 排查 is the 信息's subject, no deed.
 */
export function sentAsInformation(text: string, m: KindMatch, all: readonly KindMatch[]): boolean {
  if (m.code !== 'report_self' || !m.inferred) return false;
  const from = lastStop(text.slice(0, m.start)) + 1;
  const tail = text.slice(m.end);
  const stop = tail.search(SENTENCE_STOP);
  const to = stop < 0 ? text.length : m.end + stop;
  const sentence = text.slice(from, to);
  if (SELF_CHECK_WRITTEN.test(sentence) || !SENT.test(sentence)) return false;
  return all.some((o) => o.code === 'report_info' && o.start >= from && o.end <= to);
}

function lastStop(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) if (SENTENCE_STOP.test(before[i]!)) return i;
  return -1;
}
