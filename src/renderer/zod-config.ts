// Runs before any other module of the app: zod would otherwise probe for eval (`new Function`) the first
// time it parses, which the Content-Security-Policy rightly refuses (and reports as a violation).
import { z } from 'zod';

z.config({ jitless: true });
