// YAML parsed ahead of its reader (on another thread, see src/thread/parseConfigAhead.ts), with the text it was parsed from.

/** A file's text and what `yaml` made of it (`parseDocument(text).toJS()`), for a document without syntax errors. */
export interface ParsedYaml {
  file: string;
  text: string;
  value: unknown;
}

/** Parsed files by path: readYamlConfig uses an entry only when the file still holds exactly its text. */
export type ParsedAhead = ReadonlyMap<string, ParsedYaml>;
