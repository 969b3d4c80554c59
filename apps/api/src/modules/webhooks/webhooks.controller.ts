import { Body, Controller, Param, Query } from '@nestjs/common';
import type { Page, WebhookDeliveryResponse, WebhookResponse } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { Route } from '../../openapi/route.decorator';
import { WEBHOOK_ROUTES } from './webhooks.routes';
import { WebhooksService } from './webhooks.service';

@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Route(WEBHOOK_ROUTES.create)
  async create(@Body() body: unknown): Promise<WebhookResponse & { secret: string | null }> {
    return this.webhooks.create(body);
  }

  @Route(WEBHOOK_ROUTES.list)
  async list(): Promise<Page<WebhookResponse>> {
    return this.webhooks.list();
  }

  @Route(WEBHOOK_ROUTES.get)
  async get(@Param('id') id: string): Promise<WebhookResponse> {
    return this.webhooks.get(id);
  }

  @Route(WEBHOOK_ROUTES.remove)
  async remove(@Param('id') id: string): Promise<WebhookResponse> {
    return this.webhooks.remove(id);
  }

  @Route(WEBHOOK_ROUTES.deliveries)
  async deliveries(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<WebhookDeliveryResponse>> {
    const page = parsePageQuery(query);
    return this.webhooks.deliveries(id, page.limit, page.cursor);
  }
}
