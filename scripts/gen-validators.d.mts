export const META_OPTIONS: Record<string, unknown>;
export const VALIDATORS: Record<string, string>;
export function validatorSource(schemaFile: string): string;
