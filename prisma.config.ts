import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// Prisma 6.19 with the JS engine works fully offline (see ../shared/STACK.md):
// the adapter and `engine: 'js'` avoid downloading a native schema engine.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const connectionString = process.env['DATABASE_URL'] ?? 'postgresql://localhost/kordon';
    return new PrismaPg({ connectionString, idleTimeoutMillis: 100 });
  },
});
