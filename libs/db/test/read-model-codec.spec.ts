import { gzipSync } from 'node:zlib';
import { compressReadModelBody, decompressReadModelBody } from '@kordon/db';

describe('the read-model codec', () => {
  const doc = {
    name: 'shop',
    workloads: Array.from({ length: 40 }, (_, i) => ({
      id: `shop/Deployment/app-${i}`,
      level: 'baseline',
    })),
  };

  it('reads back what it writes, smaller than gzip', () => {
    const json = JSON.stringify(doc);
    const body = compressReadModelBody(json);
    expect(decompressReadModelBody(body)).toEqual(doc);
    expect(body.length).toBeLessThan(gzipSync(json, { level: 6 }).length);
  });

  it('still reads bodies stored as gzip before', () => {
    expect(decompressReadModelBody(gzipSync(JSON.stringify(doc)))).toEqual(doc);
  });

  it('refuses a body in no known format', () => {
    expect(() => decompressReadModelBody(Buffer.from('{"name":"shop"}'))).toThrow(/unknown format/);
  });
});
