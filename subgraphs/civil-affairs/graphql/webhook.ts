import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../../../shared/enums.js';
import { connectionType } from '../../../shared/pagination.js';
import { DateTimeScalar } from '../../../shared/scalars.js';
import type { WebhookEndpoint } from '../../../shared/webhooks/endpoints.js';
import type { WebhookAttempt, WebhookDelivery } from '../../../shared/webhooks/log.js';
import { WebhookDeliveryStatus, WebhookTopic } from './enums.js';

@ObjectType('WebhookEndpoint', {
  description: "A department's system that receives signed webhooks (Webhook 接收端)",
})
export class WebhookEndpointView {
  @Field(() => ID, { description: 'Hub identifier (UUID)' })
  id!: string;

  @Field(() => Department, { description: 'The department whose system it is' })
  department!: Department;

  @Field({ description: 'Where the requests are POSTed (http or https)' })
  url!: string;

  @Field(() => [WebhookTopic], { description: 'What it is told about' })
  topics!: WebhookTopic[];

  @Field({ description: 'Receives new events; false once disabled' })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was registered' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disabled' })
  disabledAt!: Date | null;
}

@ObjectType('RegisteredWebhookEndpoint', {
  description: 'A new endpoint and its signing secret, which is shown this once and never again',
})
export class RegisteredWebhookEndpointView {
  @Field(() => WebhookEndpointView, { description: 'The endpoint' })
  endpoint!: WebhookEndpointView;

  @Field({
    description:
      'The signing secret (`whsec_…`, Standard Webhooks): keep it in the receiving system; it is not shown again',
  })
  secret!: string;
}

@ObjectType('WebhookAttempt', { description: 'One attempt to deliver a webhook (投递记录)' })
export class WebhookAttemptView {
  @Field(() => Int, { description: 'Its number, 1 for the first, counting on after a replay' })
  attempt!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered, if any' })
  httpStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why no answer came (timeout, refused…)' })
  error!: string | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds' })
  durationMs!: number;
}

@ObjectType('WebhookDelivery', {
  description: 'One event delivered to one endpoint, with every attempt (Webhook 投递)',
})
export class WebhookDeliveryView {
  @Field(() => ID, { description: 'Hub identifier (UUID)' })
  id!: string;

  @Field(() => ID, { description: "The event, sent as `webhook-id` and the body's `id`" })
  eventId!: string;

  @Field(() => ID, { description: 'The endpoint it goes to' })
  endpointId!: string;

  @Field({ description: "The endpoint's URL" })
  url!: string;

  @Field(() => WebhookTopic, { description: 'What the event is about' })
  topic!: WebhookTopic;

  @Field(() => ID, { description: 'The record the event is about (e.g. the referral)' })
  aggregateId!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far' })
  attemptCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a pending one is tried next' })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the endpoint accepted it' })
  deliveredAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the event was fanned out to the endpoint' })
  createdAt!: Date;

  @Field(() => [WebhookAttemptView], { description: 'Every attempt, oldest first' })
  attempts!: WebhookAttemptView[];
}

export const WebhookDeliveryConnection = connectionType(
  WebhookDeliveryView,
  'WebhookDelivery',
  'webhook deliveries (Webhook 投递)',
);

export function toWebhookEndpointView(endpoint: WebhookEndpoint): WebhookEndpointView {
  return {
    id: endpoint.id,
    department: endpoint.department,
    url: endpoint.url,
    topics: endpoint.topics as WebhookTopic[],
    active: endpoint.active,
    createdAt: endpoint.createdAt,
    disabledAt: endpoint.disabledAt,
  };
}

export function toWebhookDeliveryView(delivery: WebhookDelivery): WebhookDeliveryView {
  return {
    ...delivery,
    topic: delivery.topic as WebhookTopic,
    status: delivery.status as WebhookDeliveryStatus,
    attempts: delivery.attempts.map((attempt: WebhookAttempt) => ({ ...attempt })),
  };
}
