/** The renderer's entry: picks the API transport (Electron preload or browser mode's HTTP) and mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiProvider } from "./api/api-context";
import { browserConnection } from "./api/browser-connection";
import { createHttpClient } from "./api/http-client";
import { App } from "./app/App";
import "./styles/index.css";

const api = window.clearpost ?? createHttpClient(browserConnection());

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
