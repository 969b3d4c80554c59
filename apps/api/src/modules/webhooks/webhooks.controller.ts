import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Page, WebhookDeliveryResponse, WebhookResponse } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/v1/webhooks')
@Scopes('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createWebhook',
    summary:
      'Configure a webhook for a cluster (issues.opened, score.dropped, collector.silent) or a repository (ci.gate_failed). Admin.',
  })
  @ApiResponse({
    status: 201,
    description: 'The webhook; `secret` is shown this once when generated.',
  })
  @ApiResponse({ status: 400, description: '`validation_failed`: a bad field, named.' })
  async create(@Body() body: unknown): Promise<WebhookResponse & { secret: string | null }> {
    return this.webhooks.create(body);
  }

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'Every configured webhook. Admin.' })
  async list(): Promise<Page<WebhookResponse>> {
    return this.webhooks.list();
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhook', summary: 'One webhook (never its secret). Admin.' })
  async get(@Param('id') id: string): Promise<WebhookResponse> {
    return this.webhooks.get(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Remove a webhook and its log. Admin.' })
  async remove(@Param('id') id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "A webhook's delivery log, newest first: status, attempts, last answer. Admin.",
  })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async deliveries(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<WebhookDeliveryResponse>> {
    const page = parsePageQuery(query);
    return this.webhooks.deliveries(id, page.limit, page.cursor);
  }
}
