import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the women's federation subgraph on its own, as a deployment does.
await runSubgraphMain('women-federation');
