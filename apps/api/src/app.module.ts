import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { ApiConfig } from '@kordon/config';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { AuthGuard } from './common/auth.guard';
import { ClusterScopeGuard } from './common/cluster-scope.guard';
import type { AuthenticatedRequest } from './common/request-context';
import { SafeInputPipe } from './common/safe-input.pipe';
import { Authenticator } from './common/authenticator';
import { complexityPlugin } from './graphql/complexity.plugin';
import { depthLimitRule } from './graphql/depth-limit.rule';
import type { GraphQLContext } from './graphql/graphql-context';
import { GraphQLLoadersModule } from './graphql/loaders/graphql-loaders.module';
import { RequestLoadersFactory } from './graphql/loaders/request-loaders.factory';
import { formatGraphqlError } from './graphql/format-graphql-error';
import { DatabaseModule } from './infrastructure/database.module';
import { AuthModule } from './modules/auth/auth.module';
import { UsersModule } from './modules/users/users.module';
import { AuditModule } from './modules/audit/audit.module';
import { ChecksModule } from './modules/checks/checks.module';
import { ClustersModule } from './modules/clusters/clusters.module';
import { DiffsModule } from './modules/diffs/diffs.module';
import { HealthController } from './modules/health/health.controller';
import { IssuesModule } from './modules/issues/issues.module';
import { PostureModule } from './modules/posture/posture.module';
import { ScansModule } from './modules/scans/scans.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { SnapshotsModule } from './modules/snapshots/snapshots.module';
import { TokensModule } from './modules/tokens/tokens.module';
import { SuppressionsModule } from './modules/suppressions/suppressions.module';
import { WorkloadsModule } from './modules/workloads/workloads.module';
import { NetworkModule } from './modules/network/network.module';
import { NamespacesModule } from './modules/namespaces/namespaces.module';

export const GRAPHQL_MAX_DEPTH = 8;
export const GRAPHQL_MAX_COMPLEXITY = 20_000;

@Module({})
export class AppModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.register(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphQLLoadersModule],
          inject: [RequestLoadersFactory],
          useFactory: (loaders: RequestLoadersFactory) => {
            return {
              path: '/graphql',
              // generated in memory; apps/api/schema.gql is its committed print (a test fails on drift)
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: true,
              // fresh DataLoaders per request, scoped to the caller's clusters; the services
              // behind them stay singletons
              // (on Fastify the argument is the request itself; Express passes `{ req }`)
              context: (arg: AuthenticatedRequest | { req: AuthenticatedRequest }) => {
                const req = 'req' in arg ? arg.req : arg;
                return { req, loaders: loaders.create(() => req.principal) } as GraphQLContext;
              },
              validationRules: [depthLimitRule(GRAPHQL_MAX_DEPTH)],
              plugins: [complexityPlugin(GRAPHQL_MAX_COMPLEXITY)],
              includeStacktraceInErrorResponses: false,
              formatError: formatGraphqlError,
            };
          },
        }),
        AuthModule,
        UsersModule,
        SnapshotsModule,
        ClustersModule,
        ChecksModule,
        PostureModule,
        IssuesModule,
        DiffsModule,
        ScansModule,
        SuppressionsModule,
        AuditModule,
        WorkloadsModule,
        NetworkModule,
        NamespacesModule,
        WebhooksModule,
        TokensModule,
      ],
      controllers: [HealthController],
      providers: [
        Authenticator,
        { provide: APP_GUARD, useClass: AuthGuard },
        // after the AuthGuard (guards run in the order they are provided)
        { provide: APP_GUARD, useClass: ClusterScopeGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useClass: SafeInputPipe },
      ],
    };
  }
}
