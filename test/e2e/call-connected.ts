// The small contract the action e2e tests share: CallConnected, live at 1.0.0 with an integer
// `wait_seconds`; the repo version is built with any type and version to make a change or not.

export const callConnectedYaml = (type: string, version: string) => `$schema: http://json-schema.org/draft-07/schema#
type: object
title: CallConnected
description: A call was connected to an agent.
cxoneVersion: ${version}
additionalProperties: false
properties:
  call_id:
    type: string
  wait_seconds:
    type: ${type}
required: [call_id]
`;

/** The registry export holding the live CallConnected 1.0.0. */
export const callConnectedExport: { entities: Record<string, unknown>[] } = {
  entities: [
    {
      id: 'sch-1',
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title: 'CallConnected',
      description: 'A call was connected to an agent.',
      cxoneVersion: '1.0.0',
      additionalProperties: false,
      properties: { call_id: { type: 'string' }, wait_seconds: { type: 'integer' } },
      required: ['call_id'],
    },
  ],
};
