import { Logger } from '@nestjs/common';
import { apiEnvSchema, loadConfig, ConfigError } from '@kordon/config';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig(apiEnvSchema);
  const app = await createApiApp(config);
  try {
    await app.listen(config.KORDON_API_PORT, config.KORDON_API_HOST);
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`port ${config.KORDON_API_PORT} is taken: set KORDON_API_PORT to a free port`);
      process.exit(1);
    }
    throw error;
  }
  new Logger('api').log(
    `Kordon API listening on http://${config.KORDON_API_HOST}:${config.KORDON_API_PORT} (docs: /api/docs, GraphQL: /graphql)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
