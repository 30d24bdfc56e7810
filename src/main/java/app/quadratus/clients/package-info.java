/**
 * Clients (the people in pain): identity, contact details, emergency contact, GP, occupation, consents
 * and the privacy-notice acknowledgement; search; the chart's header.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients", allowedDependencies = { "shared", "identity", "audit" })
package app.quadratus.clients;
