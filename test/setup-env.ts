import 'reflect-metadata';

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
// Tests that start a gateway without the launcher stay offline too.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
