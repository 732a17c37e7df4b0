import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINISTRATORS } from '../../../shared/department/access.js';
import { GraphQLError } from 'graphql';
import { badInput, ErrorCode } from '../../../shared/errors.js';
import {
  ConnectionArgs,
  mapConnection,
  pageRequest,
  toConnection,
  type Connection,
} from '../../../shared/pagination.js';
import {
  createWebhookEndpoint,
  disableWebhookEndpointOf,
  webhookEndpointsOf,
} from '../../../shared/webhooks/endpoints.js';
import { countWebhookDeliveries, webhookDeliveriesOf } from '../../../shared/webhooks/log.js';
import { replayWebhookDeliveries } from '../../../shared/webhooks/replay.js';
import {
  RegisteredWebhookEndpointView,
  toWebhookDeliveryView,
  toWebhookEndpointView,
  WebhookDeliveryConnection,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '../graphql/webhook.js';
import { RegisterWebhookEndpointInput, WebhookDeliveryFilter } from '../graphql/webhook.input.js';
import type { CivilAffairsContext } from '../loaders.js';

// Every department's administrators keep their own department's endpoints here, where the
// events are written; another department's endpoints and deliveries read as absent.

/** The URL of an endpoint, or BAD_USER_INPUT on `url`: absolute http(s), no credentials in it. */
function endpointUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('url', 'url must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput('url', 'url must be an http or https URL');
  }
  if (url.username || url.password) throw badInput('url', 'url must not carry credentials');
  return url.href;
}

/** `NOT_FOUND` on `id`, in the same words for absent and another department's. */
function noSuch(what: string): GraphQLError {
  return new GraphQLError(`id: no such ${what} of your department`, {
    extensions: { code: ErrorCode.NOT_FOUND, field: 'id' },
  });
}

@Resolver(() => WebhookDeliveryView)
export class WebhookResolver {
  @Authorized(ADMINISTRATORS)
  @Query(() => [WebhookEndpointView], {
    description: "Your department's webhook endpoints (Webhook 接收端), without their secrets",
  })
  async webhookEndpoints(@Ctx() ctx: CivilAffairsContext): Promise<WebhookEndpointView[]> {
    const endpoints = await webhookEndpointsOf(ctx.em, ctx.principal.department);
    return endpoints.map(toWebhookEndpointView);
  }

  @Authorized(ADMINISTRATORS)
  @Query(() => WebhookDeliveryConnection, {
    description: "Deliveries to your department's endpoints, with every attempt (Webhook 投递记录)",
  })
  async webhookDeliveries(
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true })
    filter: WebhookDeliveryFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<Connection<WebhookDeliveryView>> {
    const department = ctx.principal.department;
    const request = pageRequest(page);
    const wanted = { status: filter?.status ?? null, topic: filter?.topic ?? null };
    const rows =
      request.first === 0
        ? []
        : await webhookDeliveriesOf(ctx.em, department, wanted, {
            ...request,
            first: request.first + 1,
          });
    const connection = toConnection(rows, request, () =>
      countWebhookDeliveries(ctx.em, department, wanted),
    );
    return mapConnection(connection, toWebhookDeliveryView);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RegisteredWebhookEndpointView, {
    description:
      'Registers an endpoint of your department for signed webhooks; its secret is shown this once',
  })
  async registerWebhookEndpoint(
    @Arg('input', () => RegisterWebhookEndpointInput) input: RegisterWebhookEndpointInput,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<RegisteredWebhookEndpointView> {
    const url = endpointUrl(input.url);
    const { endpoint, secret } = await createWebhookEndpoint(ctx.em, {
      department: ctx.principal.department,
      url,
      topics: [...new Set(input.topics)],
      createdBySubject: ctx.principal.subject,
    });
    return { endpoint: toWebhookEndpointView(endpoint), secret };
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => WebhookEndpointView, {
    description: 'Disables an endpoint of your department: no new events go to it',
  })
  async disableWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<WebhookEndpointView> {
    const endpoint = await disableWebhookEndpointOf(ctx.em, ctx.principal.department, id);
    if (!endpoint) throw noSuch('webhook endpoint');
    return toWebhookEndpointView(endpoint);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => WebhookDeliveryView, {
    description:
      'Sends a delivery of your department again, now; its earlier attempts stay in the log',
  })
  async replayWebhookDelivery(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<WebhookDeliveryView> {
    const department = ctx.principal.department;
    const matched = await replayWebhookDeliveries(ctx.em, { deliveryId: id }, department);
    if (!matched) throw noSuch('webhook delivery');
    const [delivery] = await webhookDeliveriesOf(
      ctx.em,
      department,
      {},
      { first: 1, afterId: null, ids: [id] },
    );
    return toWebhookDeliveryView(delivery!);
  }
}
