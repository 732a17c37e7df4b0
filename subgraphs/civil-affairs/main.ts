import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the civil-affairs subgraph on its own, as a deployment does (one container per department).
await runSubgraphMain('civil-affairs');
