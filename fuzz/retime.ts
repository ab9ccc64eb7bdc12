// node --import tsx fuzz/retime.ts [FILE...]: times inputs again as the campaign does once it is
// done (warmed, the median of several runs), by default the slowest of the last campaign
// (out/fuzz/slowest/), and prints the worst in ms per KB.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { retime } from './campaign';

const dir = path.join(__dirname, '..', 'out', 'fuzz', 'slowest');
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(dir).map((f) => path.join(dir, f));
const worst = retime(files.map((file, index) => ({ msPerKB: 0, index, input: fs.readFileSync(file, 'utf8') })));
console.log(`worst: ${worst.msPerKB.toFixed(2)} ms/KB, ${path.basename(files[worst.index] ?? '')} (${(worst.bytes / 1024).toFixed(1)} KB) among ${files.length} inputs`);
