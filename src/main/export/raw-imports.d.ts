// Vite (electron-vite's build, Vitest) inlines `?raw` imports as strings; the theme ships inside out/main this way.
declare module "*.css?raw" {
  const text: string;
  export default text;
}
