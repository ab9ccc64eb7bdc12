// A bounded run of the fuzzing campaign (npm run fuzz runs the same code on a million inputs).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { runCampaign } from '../../fuzz/campaign';
import { loadCorpus } from '../../fuzz/corpus';

describe('fuzzing, bounded', () => {
  it('600 mutated reports and random texts: no throw, fix-all idempotent and in place, every range in the document', function () {
    this.timeout(120000);
    const stats = runCampaign(loadCorpus(path.join(__dirname, '..', '..')), 20261123, 0, 600);
    assert.equal(stats.inputs, 600);
    assert.deepEqual(stats.failures.map((f) => `${f.kind} #${f.index}: ${f.detail}`), []);
  });
});
