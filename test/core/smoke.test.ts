import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/core';

describe('parse', () => {
  it('reads the title', () => {
    const report = parse('卫东区人民政府办公室 2024 年政府信息公开工作年度报告\n');
    assert.equal(report.year, 2024);
    assert.equal(report.organization, '卫东区人民政府办公室');
  });
});
