/**
 * zod for the whole core, configured once. `jitless`: zod would otherwise compile its object
 * validators with `new Function`, i.e. evaluate generated code in the extension host; the core
 * promises that nothing it reads, and nothing it does, runs code (test/unit/fuzz/security.test.ts).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
