import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { WorkloadsController } from './workloads.controller';
import { WorkloadsService } from './workloads.service';

@Module({
  imports: [ReadModelModule],
  controllers: [WorkloadsController],
  providers: [WorkloadsService],
})
export class WorkloadsModule {}
