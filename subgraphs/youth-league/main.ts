import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the Youth League subgraph on its own, as a deployment does.
await runSubgraphMain('youth-league');
