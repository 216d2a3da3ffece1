// The organisation as an import produces it, before it becomes config/organization.yaml: what is known, and marked blanks for what is not.
import type { HeldRole } from '../domain/organization.js';

/** A value the source could not give; rendered as 待填写：hint so `npm start` refuses the file until someone fills it. */
export interface Blank {
  blank: string;
}

export const blank = (hint: string): Blank => ({ blank: hint });
export const isBlank = (v: unknown): v is Blank => typeof v === 'object' && v !== null && 'blank' in v;

export interface DraftPerson {
  id: string;
  name: string;
  title: string;
  department?: string;
  roles: HeldRole[];
  openId?: string;
  userId?: string;
  /** A blank when the sheet gave no way to find the person on Feishu. */
  mobile?: string | Blank;
  email?: string;
  /** Kept from the configured organisation (the sheet has no column for it), so an import never drops it. */
  gender?: '男' | '女';
  /** Employment (YYYY-MM-DD): first and last day. */
  from?: string;
  until?: string;
}

export interface DraftDepartment {
  id: string;
  name: string;
  aliases: string[];
  head: string | Blank;
  supervisor: string | Blank;
}

export interface OrgDraft {
  name: string | Blank;
  /** Roles the source cannot know (Feishu has no 党组书记): written as top-level blanks. */
  secretary?: Blank;
  leaders?: Blank;
  inspectors?: Blank;
  people: DraftPerson[];
  departments: DraftDepartment[];
  /** Comment lines for the top of the file (where it came from, when). */
  header: string[];
}
