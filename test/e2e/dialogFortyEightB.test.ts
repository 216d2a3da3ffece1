// Over HTTP, round 48 fixer b (testers t50b/t50c on the round-47 merge, /work/rounds/r47/t50*-findings.md; issue 10):
// what a card and a record keep and say.
//  t50c F5  赵敏 「本周四召开党风廉政建设专题会议 研究部署年终廉政工作 …」: the topic was not kept (「专题会议｜12-03」 in the
//           台账); now kept as the meeting's note and said on the card and the receipt (议题：…); a 信息's title likewise;
//  t50c F4  周涛 「今天组联部开展了廉政教育 学习了违纪典型案例 18人参加」: a 确认 card 「类型是从写法推断的」 though 廉政教育 was
//           written; now recorded at once;
//  t50c F3  孙丽 「科室4人全部参加」 (财务科 has 3): no roster warning, while 全体党员 had one; now warned;
//  t50b F3  「…检查结束后，黄志刚同志与孙丽进行了廉政谈话，并将检查情况向党组作了汇报。」: the card named the talk as reported
//           on; now the check.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai (the testers' day). */
const chat = useChatBot(new Date('2026-12-05T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('t50c F5: a meeting’s topic and a 信息’s title are kept and said', () => {
  it('赵敏’s chat-style 专题会议 keeps its topic, said on the receipt', async () => {
    const said = await reply('赵敏', '本周四召开党风廉政建设专题会议 研究部署年终廉政工作 张伟书记出席并讲话 班子成员和各部门负责人参加');
    if (chat.activities().length === 0) {
      expect(said).toContain('议题：研究部署年终廉政工作');
      await chat.say('赵敏', '确认');
    }
    const [meeting] = chat.activities();
    expect(meeting?.type).toBe('meeting_special');
    expect(meeting?.note).toBe('研究部署年终廉政工作');
    expect(said).toContain('议题：研究部署年终廉政工作');
  });

  it('a topic in the meeting’s own clause, its head count left out', async () => {
    const said = await reply('陈志强', '昨天主持召开分管科室会议研究部署节前廉洁自律工作，参加12人');
    expect(said).toContain('议题：研究部署节前廉洁自律工作');
    expect(said).not.toContain('议题：研究部署节前廉洁自律工作，');
  });

  it('near-miss: a meeting with no topic says none', async () => {
    const said = await reply('赵敏', '本周四召开了党风廉政建设专题会议');
    expect(said).not.toContain('议题');
  });

  it('a 信息 whose title follows 题目是 shows it on the receipt', async () => {
    const said = await reply('林晓', '今天报送廉政信息一篇 题目是残联开展警示教育月活动');
    expect(said).toContain('《残联开展警示教育月活动》');
    expect(chat.activities()[0]?.title).toBe('残联开展警示教育月活动');
  });
});

describe('t50c F4: a type written word for word is no inferred type', () => {
  it('周涛’s 廉政教育 with 违纪典型案例 studied is recorded at once', async () => {
    const said = await reply('周涛', '今天组联部开展了廉政教育 学习了违纪典型案例 18人参加');
    expect(said).not.toContain('类型是从写法推断的');
    expect(chat.activities().map((a) => [a.type, a.departmentId, a.attendees])).toEqual([['edu_integrity', 'liaison', 18]]);
  });

  it('near-miss: a study with no type written is still shown for a tap', async () => {
    const said = await reply('何平', '今天中心组织学习了违纪典型案例 3人参加');
    expect(chat.activities()).toHaveLength(0);
    expect(said).toContain('确认');
  });
});

describe('t50c F3: a unit’s whole staff, however said, against its roster', () => {
  it('孙丽’s 「科室4人全部参加」 (财务科 has 3) is warned about', async () => {
    const said = await reply('孙丽', '财务科本周一组织学习了《廉洁自律准则》 科室4人全部参加');
    expect(said).toContain('参加人数多于组织架构里登记的人数');
  });

  it('「部里同志都参加了 共12人」 (康复部 has 2) is warned about', async () => {
    const said = await reply('吴静', '上周五康复部组织学习党纪处分条例 部里同志都参加了 共12人');
    expect(said).toContain('参加人数多于组织架构里登记的人数');
  });

  it('near-miss: 「科室3人全部参加」 is the roster, and a study with no 全部 may have guests', async () => {
    expect(await reply('孙丽', '财务科本周一组织学习了《廉洁自律准则》 科室3人全部参加')).not.toContain('参加人数多于组织架构里登记的人数');
    expect(await reply('周涛', '今天组联部开展了廉政教育 学习了违纪典型案例 18人参加')).not.toContain('参加人数多于组织架构里登记的人数');
  });
});

describe('t50b F3: a report-back names what it reported', () => {
  it('「并将检查情况向党组作了汇报」 after the talk names the check, not the talk', async () => {
    const said = await reply('王芳', '【清风残联】筑牢廉洁防线 守好"钱袋子"\n11月25日，机关纪委书记黄志刚带队对财务科开展专项资金检查，重点检查了残疾人两项补贴资金发放。检查结束后，黄志刚同志与财务科科长孙丽进行了廉政谈话，并将检查情况向党组作了汇报。');
    expect(said).toContain('向党组汇报了这次专项资金检查的情况');
    expect(said).not.toContain('汇报了这次廉政谈话的情况');
  });

  it('near-miss: 「并将谈话情况…汇报」 still names the talk', async () => {
    const said = await reply('黄志刚', '11月25日带队对财务科开展专项资金检查，检查结束后与孙丽进行了廉政谈话，并将谈话情况向张伟书记作了汇报。');
    expect(said).toContain('汇报了这次廉政谈话的情况');
  });
});
