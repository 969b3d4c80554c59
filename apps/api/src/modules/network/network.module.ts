import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { NetworkController } from './network.controller';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [ReadModelModule],
  controllers: [NetworkController],
  providers: [NetworkService, NetworkResolver],
})
export class NetworkModule {}
