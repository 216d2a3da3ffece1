// One line telling the operator a directory field was left out by Feishu, and which scope brings it back.
/** What a left-out field costs the comparison, in the operator's words, with the scope to enable (contact-v3 字段权限要求). */
export function missingScopeLine(scope: string): string {
  const what: Record<string, string> = {
    'contact:user.employee:readonly': '成员的职务（草稿和对照里职务为空）',
  };
  return `注意：飞书没有返回${what[scope] ?? scope}；应用未开通 ${scope}，可在开发者后台「权限管理」开通并发布新版本。`;
}
