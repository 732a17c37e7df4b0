import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookTopic } from './enums.js';

@InputType({
  description: "A department's system to receive signed webhooks (登记 Webhook 接收端)",
})
export class RegisterWebhookEndpointInput {
  @Field({ description: 'Where to POST: an http or https URL' })
  url!: string;

  @Field(() => [WebhookTopic], { description: 'What it is told about (at least one)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  topics!: WebhookTopic[];
}

@InputType({ description: 'Which webhook deliveries to list (投递筛选)' })
export class WebhookDeliveryFilter {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only with this status' })
  status?: WebhookDeliveryStatus | null;

  @Field(() => WebhookTopic, { nullable: true, description: 'Only of this topic' })
  topic?: WebhookTopic | null;
}
