import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { NamespacesController } from './namespaces.controller';
import { NamespacesResolver } from './namespaces.resolver';
import { NamespacesService } from './namespaces.service';

@Module({
  imports: [ReadModelModule],
  controllers: [NamespacesController],
  providers: [NamespacesService, NamespacesResolver],
})
export class NamespacesModule {}
