// Starts Swagger UI on the page served at <app>/gradio_api/docs (the spec URL is in
// the body's data-spec attribute). A file, not inline script, so a strict CSP works.
/* global SwaggerUIBundle */
window.addEventListener("DOMContentLoaded", () => {
  SwaggerUIBundle({
    url: document.body.dataset.spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: true,
  });
});
