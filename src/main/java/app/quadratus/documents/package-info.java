/**
 * Documents: turns an XHTML page (rendered from a Thymeleaf template by the module that owns the
 * words) into a PDF. Knows nothing of clients or clinics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {})
package app.quadratus.documents;
