/** Exports of the clinical record: the client's FHIR R4 bundle (later CSV and full exports). */
@org.springframework.modulith.ApplicationModule(displayName = "Interop", allowedDependencies = { "shared", "clients", "audit" })
package app.quadratus.interop;
