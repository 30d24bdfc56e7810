/**
 * The demo clinic in Norwich (and a second, small clinic that proves isolation), seeded on first start
 * of the embedded default; never under the postgres profile unless QUADRATUS_DEMO=true.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = { "shared", "clinic", "identity", "clients" })
package app.quadratus.demo;
