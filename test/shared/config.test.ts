import { ConfigError, loadConfig } from '../../shared/config.js';

describe('configuration', () => {
  it('has defaults that start the hub with no configuration', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      GATEWAY_PORT: 4000,
      DATABASE_NAME_PREFIX: 'hub_',
      DEMO_DATA: 'auto',
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_PORT: 54329,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.servicePorts).toEqual({
      'civil-affairs': 4001,
      'trade-union': 4002,
      'youth-league': 4003,
      'women-federation': 4004,
      'disabled-persons-federation': 4005,
      charity: 4006,
    });
  });

  it('reads ports, URLs and the database server', () => {
    const config = loadConfig({
      CIVIL_AFFAIRS_PORT: '5001',
      CIVIL_AFFAIRS_URL: 'http://civil-affairs:4001/graphql',
      DATABASE_URL: 'postgres://hub:secret@db:5432/postgres',
    });
    expect(config.servicePorts['civil-affairs']).toBe(5001);
    expect(config.serviceUrls).toEqual({ 'civil-affairs': 'http://civil-affairs:4001/graphql' });
    expect(config.DATABASE_URL).toBe('postgres://hub:secret@db:5432/postgres');
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        GATEWAY_PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        TRADE_UNION_PORT: '70000',
        DEMO_DATA: 'sometimes',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((problem) => problem.split(':')[0]);
    expect(problems.sort()).toEqual([
      'DATABASE_URL',
      'DEMO_DATA',
      'GATEWAY_PORT',
      'TRADE_UNION_PORT',
    ]);
  });

  it('keeps the gateway cache in memory unless a Redis is named, under the hub prefix', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({}).REDIS_KEY_PREFIX).toBe('hub:');
    expect(loadConfig({}).GATEWAY_RESPONSE_CACHE).toBe('on');
    expect(loadConfig({ GATEWAY_RESPONSE_CACHE: 'off' }).GATEWAY_RESPONSE_CACHE).toBe('off');
    const config = loadConfig({
      REDIS_URL: 'redis://:secret@redis:6379/2',
      REDIS_KEY_PREFIX: 'hub-staging:',
    });
    expect(config.REDIS_URL).toBe('redis://:secret@redis:6379/2');
    expect(config.REDIS_KEY_PREFIX).toBe('hub-staging:');
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example:6380' }).REDIS_URL).toBe(
      'rediss://cache.example:6380',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'with space' })).toThrow(/REDIS_KEY_PREFIX/);
  });
});
