/**
 * Running the installation: the nightly backup of the embedded database, and (in configuration) the
 * metrics endpoint. Owns no clinic data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = { "shared" })
package app.quadratus.operations;
