// The 帮助 card: what 清风 does, with phrases to copy.

export function helpCard(name?: string): object {
  const lines = [
    `${name ? `${name}，您好！` : ''}我是**清风**，帮您记录和查询党风廉政建设工作。`,
    '',
    '**上报已完成的活动**（一句话说清类型和日期）',
    '- 今天和办公室李明主任进行了廉政谈话',
    '- 11月20日组织观看警示教育片《贪毁人生》，参加23人',
    '- 昨天给全体党员讲了廉政党课',
    '',
    '**查询完成情况**',
    '- 本季度完成情况',
    '- 上半年完成情况、今年完成情况、办公室本季度完成情况',
    '- 我的任务',
    '',
    '**台账与总结**',
    '- 导出台账、导出第三季度台账',
    '- 年度总结、我的述廉材料',
    '',
    '**更正**：发送「撤销」撤回上一条记录；记录卡片上有「撤销」「修改」按钮；发送「填报」打开表单。',
    '',
    '在群里使用时请先 @清风。',
  ];
  return {
    schema: '2.0',
    header: { title: { tag: 'plain_text', content: '清风 · 使用帮助' }, template: 'turquoise' },
    body: { elements: [{ tag: 'markdown', content: lines.join('\n') }] },
  };
}
