import { defineConfig } from 'prisma/config';

// The datasource URL is not needed to generate the client; migrations run through the project's
// migration tool (`npm run db -- deploy --context checkout`).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
