// npm run bench: the bench lives in scripts/bench/ (one file per job); run.ts says what each measures.
import './bench/run.ts';
