// Vitest setup file: installs the fs guard (fs-guard.ts) for the repository before any test module loads,
// so a test that reads outside the repository fails wherever it runs. Used by the unit and e2e configs.
import { installFsGuard } from './fs-guard';
import { repoRoot } from './repo-paths';

installFsGuard(repoRoot);
