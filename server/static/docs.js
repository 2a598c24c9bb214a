// Swagger UI on /docs (server/templates/docs.html); a separate file so the page needs no inline script.
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  layout: "BaseLayout",
  docExpansion: "list",
  defaultModelsExpandDepth: 0,
});
