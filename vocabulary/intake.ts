// How an article handed to intake is written (server/intake, docs/intake.md); the API's
// IntakeFormat enum lists the same values (tests/unit/wire-enums.test.ts).
export const INTAKE_FORMATS = ['TEXT', 'MARKDOWN', 'HTML'] as const;
export type IntakeFormat = (typeof INTAKE_FORMATS)[number];

export const isIntakeFormat = (v: unknown): v is IntakeFormat => (INTAKE_FORMATS as readonly unknown[]).includes(v);
