import { Module } from '@nestjs/common';
import { SuppressionsRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
import { SuppressionsController } from './suppressions.controller';
import { SuppressionsResolver } from './suppressions.resolver';
import { SuppressionsService } from './suppressions.service';

@Module({
  controllers: [SuppressionsController],
  providers: [
    {
      provide: SuppressionsRepository,
      useFactory: (db: Database) => new SuppressionsRepository(db),
      inject: [DATABASE],
    },
    SuppressionsService,
    SuppressionsResolver,
  ],
})
export class SuppressionsModule {}
