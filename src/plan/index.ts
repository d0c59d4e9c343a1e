export { buildPlan } from './plan.js';
