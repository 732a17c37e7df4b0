import type { ApolloServerPlugin } from '@apollo/server';
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type TextMapSetter,
} from '@opentelemetry/api';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** Name of the tracer whose spans the hub itself starts (the gateway adds its own). */
const TRACER = 'social-work-hub';

export interface TracingOptions {
  /** OTLP/HTTP base URL of a collector, e.g. `http://otel-collector:4318`; tracing is off without it. */
  endpoint: string | undefined;
  /** `service.name` of the spans this process sends. */
  serviceName: string;
  logger: Logger;
}

export interface Tracing {
  /** Sends the spans still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

let provider: NodeTracerProvider | undefined;

/**
 * Starts OpenTelemetry tracing for the process when a collector endpoint is configured, and does
 * nothing otherwise: no exporter, no context manager, no cost — the SDK and its exporter are not
 * even loaded (a few hundred modules, some 4 MB of heap in every process). Spans go out in
 * batches over OTLP/HTTP; context crosses from the gateway to subgraphs in W3C `traceparent`
 * headers.
 */
export async function startTracing(options: TracingOptions): Promise<Tracing | null> {
  if (!options.endpoint || provider) return null;
  const [
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { BatchSpanProcessor },
    { NodeTracerProvider },
  ] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  if (provider) return null;
  const exporter = new OTLPTraceExporter({
    url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces`,
  });
  const started = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  started.register();
  provider = started;
  options.logger.info({ endpoint: options.endpoint }, 'tracing to an OTLP collector');
  return {
    async shutdown() {
      if (provider !== started) return;
      provider = undefined;
      await started.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Whether spans are being recorded at all; every hook below is free when they are not. */
function tracing(): boolean {
  return provider !== undefined;
}

/**
 * Opens a server span for each HTTP request, continuing the caller's trace when the request
 * carries one, and keeps it active while the request is handled.
 */
export function tracingMiddleware(service: string): RequestHandler {
  return (request, response, next) => {
    if (!tracing()) {
      next();
      return;
    }
    const parent = propagation.extract(context.active(), request.headers);
    const span = trace.getTracer(TRACER).startSpan(
      `${request.method} ${request.baseUrl || request.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'hub.service': service,
          'http.request.method': request.method,
          'url.path': request.originalUrl.split('?')[0],
        },
      },
      parent,
    );
    response.once('finish', () => {
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the request's span after its GraphQL operation and records the errors it answered with. */
export function tracingPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = tracing() ? trace.getActiveSpan() : undefined;
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async didEncounterErrors({ errors }) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message ?? '' });
          for (const error of errors.slice(0, 10)) span.recordException(error);
        },
      };
    },
  };
}

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/** Puts the active trace into the headers of an outgoing request (gateway → subgraph). */
export function injectTraceHeaders(headers: { set(name: string, value: string): void }): void {
  if (tracing()) propagation.inject(context.active(), headers, headerSetter);
}
