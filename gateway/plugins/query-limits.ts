import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { GatewayContext } from '../context.js';
import { costLimitRule } from './query-cost.js';

/**
 * Query limits, tuned so that the dashboards' real queries pass with room to spare while a
 * query built to exhaust the hub is refused before it reaches a subgraph. `maxCost` is in the
 * units of `estimateOperationCost` (objects in the answer, lists multiplied): the heaviest
 * real query (a 100-station list with each station's projects and their stations) costs about
 * 48,500, the benchmark's station list about 12,400.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 100_000,
};

/** What the gateway's Apollo Server takes to enforce {@link QUERY_LIMITS}. */
export interface QueryLimits {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GatewayContext>[];
}

/**
 * Depth, aliases and directives are counted by graphql-armor; tokens by the parser itself; cost
 * by the hub's own rule, which multiplies by the lists around a field.
 */
export function queryLimits(): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Its token limit throws from a plugin hook (HTTP 500) and re-parses every document: the
    // parser's own limit answers 400 like any syntax error.
    maxTokens: { enabled: false },
    // Its cost counts each field once, whatever the lists around it: our rule multiplies.
    costLimit: { enabled: false },
    // Suggestions help the signed-in analysts who are the only ones who get this far.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [...armor.validationRules, costLimitRule(QUERY_LIMITS.maxCost)],
    plugins: armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[],
  };
}
