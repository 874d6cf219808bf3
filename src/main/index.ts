// Entry point of the Electron main process (out/main/index.js). All wiring lives in electron-app.ts.
import { runApp } from './electron-app';

runApp();
