import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { NamespacesController } from './namespaces.controller';
import { NamespacesService } from './namespaces.service';

@Module({
  imports: [ReadModelModule],
  controllers: [NamespacesController],
  providers: [NamespacesService],
})
export class NamespacesModule {}
