export const META_OPTIONS: Record<string, unknown>;
export const CONFIG_OPTIONS: Record<string, unknown>;
export const VALIDATORS: Record<string, string>;
export function optionsOf(schemaFile: string): Record<string, unknown>;
export function validatorSource(schemaFile: string): string;
