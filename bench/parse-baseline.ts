/**
 * The floor every command is compared with: gunzip, split lines, JSON.parse
 * each line, nothing else. Run as a child: `node dist/bench/parse-baseline.js FILE`.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

async function parseAll(file: string): Promise<number> {
  const stream = createReadStream(file).pipe(createGunzip());
  stream.setEncoding('utf8');
  let rest = '';
  let objects = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.length > 0 && JSON.parse(line) !== undefined) objects += 1;
  }
  if (rest.length > 0 && JSON.parse(rest) !== undefined) objects += 1;
  return objects;
}

const file = process.argv[2];
if (!file) throw new Error('usage: node dist/bench/parse-baseline.js SNAPSHOT');
parseAll(file).then((n) => process.stdout.write(`${n}\n`));
