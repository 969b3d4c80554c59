import { Module } from '@nestjs/common';
import { ChecksController } from './checks.controller';
import { ChecksResolver } from './checks.resolver';
import { ChecksService } from './checks.service';

@Module({ controllers: [ChecksController], providers: [ChecksService, ChecksResolver] })
export class ChecksModule {}
