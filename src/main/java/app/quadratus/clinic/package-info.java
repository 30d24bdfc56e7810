/** Clinics (the tenants), their settings (address, time zone, locale) and their rooms. */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic", allowedDependencies = { "shared" })
package app.quadratus.clinic;
