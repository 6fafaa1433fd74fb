// The bare Next.js page the benchmark compares the app with: the same Next, React and webpack build
// and static export as the app (next.config.js at the root), without the app's code or its PWA.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
