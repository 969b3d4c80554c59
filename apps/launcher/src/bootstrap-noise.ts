/** Nest's start-up chatter: one line per module and per route, ~90 lines in all. */
const BOOTSTRAP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/**
 * Whether a service's output line is Nest's bootstrap noise (a JSON line at level
 * "log" from the module loader or the route mapper), which `npm start` leaves out so
 * the first-run credentials and the banner stay on screen. Warnings, errors, request
 * logs and anything else pass through.
 */
export function isBootstrapNoise(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const entry = JSON.parse(line) as { level?: unknown; context?: unknown };
    return (
      entry.level === 'log' &&
      typeof entry.context === 'string' &&
      BOOTSTRAP_CONTEXTS.has(entry.context)
    );
  } catch {
    return false;
  }
}
