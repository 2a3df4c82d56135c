/**
 * `npm run content:check`: validates every file in content/ with the same schema and reader as the
 * build, and prints the same report. Exit code 1 when anything is wrong.
 */
import { formatProblems, loadDirectory } from '../content/load.ts';

// CONTENT_DIR checks another tree (the tests use it); the default is content/.
const result = loadDirectory(process.env.CONTENT_DIR);
if (result.ok) {
  const kinds = new Map<string, number>();
  for (const i of result.initiatives) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
  const summary = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`Inhoud in orde: ${result.initiatives.length} initiatieven (${summary}).`);
} else {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
