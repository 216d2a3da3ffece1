// departmentEnding: the longest department name or alias a text ends with, by the directory index's lookup (d29: was a
// scan of every name for each department met), on the demo organisation.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { departmentEnding, directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';

const index = directoryIndex(loadConfig('config').directory);

describe('departmentEnding', () => {
  it.each([
    ['分别到组联部', '组联部'],
    ['到残疾人康复中心', '残疾人康复中心'],
    ['到康复中心', '康复中心'],
    ['对计划财务科', '计划财务科'],
    ['和财务科', '财务科'],
    ['教就部', '教就部'],
  ])('%s ends with %s', (text, surface) => {
    expect(departmentEnding(text, index)).toBe(surface);
  });

  it.each([['到组联部开展'], ['部'], [''], ['康复中心的']])('%s ends with no department', (text) => {
    expect(departmentEnding(text, index)).toBeUndefined();
  });
});
