// A remark ending (or starting) in a word made of two fillers (及时, 到位, 会计) is kept whole or not at all: trimmed a
// character at a time it became half a remark (发现考勤登记不及时 → 发现考勤登记不), a fragment stored as the note.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const notes = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => r.draft.note);

describe('notes that end in a word of two fillers', () => {
  it.each([
    ['林晓', '今天到康复部开展作风纪律检查，发现考勤登记不及时', '发现考勤登记不及时'],
    ['冯雪', '11月25日开展作风纪律检查，值班记录不及时', '值班记录不及时'],
    ['黄志刚', '昨天到组联部开展作风纪律检查，台账更新不及时', '台账更新不及时'],
    ['林晓', '11月20日到宣文部开展作风纪律检查，整改落实到位', '整改落实到位'],
    ['孙丽', '今天完成了资金使用自查，会计凭证齐全', '会计凭证齐全'],
    ['黄志刚', '今天开展作风纪律检查，节前按时到岗', '节前按时到岗'],
    ['林晓', '11月18日开展作风纪律检查，公文流转不及时', '公文流转不及时'],
    ['黄志刚', '11月26日到财务科开展作风纪律检查，票据归档不及时', '票据归档不及时'],
    // Round 44 (t46a F3's kind): a check's result clause is kept whole by checkResultNote (was: no note, to avoid 整改不).
    ['林晓', '11月27日到财务科开展作风纪律检查，个别凭证整改不到位', '个别凭证整改不到位'],
  ])('%s：%s → note 「%s」', (from, text, note) => {
    expect(notes(from, text)).toEqual([note]);
  });

  it.each([
    // Cut elsewhere (签 + 到 of 签到, 报 of 报销): still no note rather than a fragment.
    ['林晓', '昨天开展作风纪律检查，签到表填写不及时'],
    ['孙丽', '11月26日完成了专项资金自查，报销及时'],
  ])('no fragment: %s：%s', (from, text) => {
    expect(notes(from, text)).toEqual([undefined]);
  });

  it('remarks without such a word read as before', () => {
    expect(notes('黄志刚', '今天开展作风纪律检查，重点检查公车使用')).toEqual(['重点检查公车使用']);
    expect(notes('王磊', '今天组织观看警示教育片，大家很受触动')).toEqual(['很受触动']);
    expect(notes('郑华', '上周五开展了廉政教育，学习了《中国共产党纪律处分条例》，参加18人，反响不错')).toEqual(['反响不错']);
    expect(notes('孙丽', '今天完成了资金使用自查，账目清楚')).toEqual(['账目清楚']);
  });
});
