import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the charity subgraph on its own, as a deployment does.
await runSubgraphMain('charity');
