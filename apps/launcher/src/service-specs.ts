import type { ServiceCommand, ServiceName, ServiceSpec } from './kordon-services';

interface SpecContext {
  options: { apiPort: number; env?: Record<string, string | undefined>; colour?: boolean };
  home: string;
  services: ServiceName[];
  commands: Record<ServiceName, ServiceCommand>;
}

function defined(env: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Each service's command and environment: the inherited one plus what the launcher decides. */
export function serviceSpecs(
  ctx: SpecContext,
  values: { databaseUrl: string; apiUrl: string; webUrl: string },
): ServiceSpec[] {
  // Without a terminal, ask the services for plain output too (Nest and Next honour NO_COLOR).
  const base: Record<string, string> = {
    ...defined(ctx.options.env),
    ...(ctx.options.colour ? {} : { NO_COLOR: '1' }),
  };
  const { DATABASE_URL: _notForTheDashboard, ...webBase } = base; // the dashboard talks to the api only
  // where users reach the dashboard: cookies' Secure flag and the OIDC redirect come from it
  const publicUrl = base['KORDON_PUBLIC_URL'] || values.webUrl;
  const own: Record<ServiceName, Record<string, string>> = {
    api: {
      KORDON_PUBLIC_URL: publicUrl,
      DATABASE_URL: values.databaseUrl,
      KORDON_API_PORT: String(ctx.options.apiPort),
      KORDON_HOME: ctx.home,
    },
    worker: { DATABASE_URL: values.databaseUrl, KORDON_HOME: ctx.home },
    web: {
      KORDON_API_URL: values.apiUrl,
      KORDON_HOME: ctx.home,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  };
  return ctx.services.map((name) => ({
    name,
    ...ctx.commands[name],
    env: { ...(name === 'web' ? webBase : base), ...own[name] },
  }));
}
