import { Query, Resolver } from '@nestjs/graphql';
import { Scopes } from '../../common/scopes.decorator';
import { ChecksService } from './checks.service';
import { CheckCatalog } from './models/check.model';

@Resolver(() => CheckCatalog)
export class ChecksResolver {
  constructor(private readonly service: ChecksService) {}

  @Query(() => CheckCatalog, {
    description:
      'The check catalog: every check with its severity, Pod Security level and remediation (as GET /checks).',
  })
  @Scopes('read', 'scan')
  checks(): CheckCatalog {
    return this.service.catalog();
  }
}
