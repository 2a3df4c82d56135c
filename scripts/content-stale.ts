/**
 * `npm run content:stale`: lists the entries not checked for more than six months, per province
 * (and landelijk), oldest first, so each curator knows what to check.
 *
 *   npm run content:stale                        every curator
 *   npm run content:stale -- overijssel          one curator (folder name)
 *   npm run content:stale -- --peildatum 2027-06-01
 *
 * CONTENT_DIR checks another tree (the tests use it). Exit code 1 only when the content itself is
 * invalid (then the content:check report is printed) or an argument is not understood.
 */
import { formatStaleReport, staleReport } from '../content/freshness.ts';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { CURATORS, curatorFolder } from '../content/schema.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
let today = new Date();
let folder: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--peildatum') {
    const value = args[++i] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      fail('Geef de peildatum als JJJJ-MM-DD, bijvoorbeeld --peildatum 2027-06-01.');
    today = new Date(`${value}T00:00:00Z`);
  } else if (CURATORS.some((c) => curatorFolder(c) === arg)) {
    folder = arg;
  } else {
    fail(
      `Onbekend argument "${arg}". Gebruik een mapnaam (${CURATORS.map(curatorFolder).join(', ')}) en/of --peildatum JJJJ-MM-DD.`,
    );
  }
}

const result = loadDirectory(process.env.CONTENT_DIR);
if (!result.ok) fail(formatProblems(result.problems));
const groups = staleReport(result.initiatives, today).filter(
  (g) => !folder || curatorFolder(g.curator) === folder,
);
console.log(formatStaleReport(groups, today));
