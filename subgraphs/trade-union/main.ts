import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the trade union subgraph on its own, as a deployment does.
await runSubgraphMain('trade-union');
