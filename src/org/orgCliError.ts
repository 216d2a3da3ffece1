// A problem the operator of `npm run org` can fix: a code, what is wrong in Chinese and in English, printed without a stack.

export class OrgCliError extends Error {
  constructor(
    readonly code: 'ORG_EXISTS' | 'ORG_ARGS' | 'ORG_SHEET' | 'ORG_CONFIG' | 'ORG_FEISHU',
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\nerror: ${en}`);
    this.name = 'OrgCliError';
  }
}
