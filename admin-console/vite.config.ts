import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves the built console at / (a jar on its class path); in development Vite
// serves it and forwards the API and the authorization server to a running platform.
const platform = process.env.ONEDOOR_GATEWAY ?? 'http://localhost:8080';
const forwarded = ['/api', '/oauth2', '/login', '/logout', '/connect', '/.well-known', '/default-ui.css'];

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Each area is its own chunk (React.lazy over src/areas/*/routes); the libraries every
        // area shares are split by what they are, so one area's change leaves the rest cached.
        chunkFileNames(chunk) {
          const area = /[\\/]src[\\/]areas[\\/]([^\\/]+)[\\/]routes\.tsx$/.exec(chunk.facadeModuleId ?? '');
          return area ? `assets/area-${area[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: 'antd', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    // Playwright writes its reports under target/: not a reason to reload the pages under test.
    watch: { ignored: ['**/target/**', '**/dist/**'] },
    proxy: Object.fromEntries(forwarded.map((p) => [p, { target: platform, changeOrigin: false, xfwd: true }])),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
