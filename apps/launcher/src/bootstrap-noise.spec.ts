import { isBootstrapNoise } from './bootstrap-noise';

const nest = (level: string, context: string, message: string) =>
  JSON.stringify({ level, pid: 1, timestamp: 1, message, context });

describe('isBootstrapNoise', () => {
  it("drops Nest's module and route lines at level log", () => {
    expect(
      isBootstrapNoise(nest('log', 'RouterExplorer', 'Mapped {/api/v1/health, GET} route')),
    ).toBe(true);
    expect(
      isBootstrapNoise(nest('log', 'InstanceLoader', 'AppModule dependencies initialized')),
    ).toBe(true);
    expect(
      isBootstrapNoise(nest('log', 'RoutesResolver', 'HealthController {/api/v1/health}:')),
    ).toBe(true);
  });

  it('keeps warnings, errors, request logs, other contexts and plain text', () => {
    expect(isBootstrapNoise(nest('warn', 'InstanceLoader', 'something odd'))).toBe(false);
    expect(isBootstrapNoise(nest('error', 'RouterExplorer', 'failed'))).toBe(false);
    expect(isBootstrapNoise(nest('log', 'worker', 'analysis done'))).toBe(false);
    expect(isBootstrapNoise('{"level":30,"reqId":"r1","msg":"request completed"}')).toBe(false);
    expect(isBootstrapNoise('Mapped {/x, GET} route')).toBe(false);
    expect(isBootstrapNoise('{not json')).toBe(false);
  });
});
