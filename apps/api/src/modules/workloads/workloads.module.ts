import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { WorkloadsController } from './workloads.controller';
import { WorkloadsResolver } from './workloads.resolver';
import { WorkloadsService } from './workloads.service';

@Module({
  imports: [ReadModelModule],
  controllers: [WorkloadsController],
  providers: [WorkloadsService, WorkloadsResolver],
})
export class WorkloadsModule {}
