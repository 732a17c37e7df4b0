import { v7 as uuidv7 } from 'uuid';
import { signWebhook } from './signature.js';

/** A delivery claimed for an attempt, with what its request is made of. */
export interface DueDelivery {
  id: string;
  eventId: string;
  /** The attempt's number over the delivery's whole life. */
  attempt: number;
  /** Its number since the delivery was created or last replayed. */
  attemptInRound: number;
  url: string;
  secret: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** What one attempt came to, as the log keeps it. */
export interface AttemptOutcome {
  id: string;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** The JSON body of a webhook request. */
export function webhookBody(
  delivery: Pick<DueDelivery, 'eventId' | 'topic' | 'payload' | 'createdAt'>,
): string {
  return JSON.stringify({
    id: delivery.eventId,
    type: delivery.topic,
    timestamp: delivery.createdAt.toISOString(),
    data: delivery.payload,
  });
}

/**
 * POSTs the delivery's body, signed with its endpoint's secret, and waits at most `timeoutMs`.
 * Only a 2xx answer counts as delivered; redirects are not followed.
 */
export async function sendWebhook(
  delivery: DueDelivery,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const body = webhookBody(delivery);
  const headers = signWebhook(
    delivery.secret,
    delivery.eventId,
    Math.floor(Date.now() / 1000),
    body,
  );
  const started = performance.now();
  const outcome = (fields: Omit<AttemptOutcome, 'id' | 'durationMs'>): AttemptOutcome => ({
    id: uuidv7(),
    durationMs: Math.round(performance.now() - started),
    ...fields,
  });
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'social-work-hub' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return outcome({ ok, httpStatus: response.status, error: null });
  } catch (error) {
    const message =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : error instanceof Error
          ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
          : String(error);
    return outcome({ ok: false, httpStatus: null, error: message.slice(0, 1000) });
  }
}
