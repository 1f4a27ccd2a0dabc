import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('../../fixtures/schema/', import.meta.url));

export const fixtureText = (file: string) => readFileSync(`${directory}${file}`, 'utf8');
export const fixtureJson = (file: string): unknown => JSON.parse(fixtureText(file));
