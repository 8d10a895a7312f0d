import { checkDirectory, formatReports } from './lib/checkDatasets.ts';

const dir = process.argv[2] ?? 'public/data';
const reports = checkDirectory(dir);
console.log(formatReports(reports));
const failed = reports.filter((r) => r.problems.length > 0).length;
process.exitCode = failed > 0 ? 1 : 0;
