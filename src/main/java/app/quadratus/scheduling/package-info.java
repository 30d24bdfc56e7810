/**
 * The practice's diary: appointment types, therapists' working hours and time off, appointments and
 * their named transitions, free slots, the therapist's day and the clinic calendar. Double booking is
 * refused by the database (slot claims). Online booking: the clinic's public page, booking links, the
 * waitlist. Clinical modules know nothing of scheduling: arriving opens the draft session through
 * treatment's published API and publishes {@link app.quadratus.scheduling.AppointmentArrived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling", allowedDependencies = { "shared", "clinic", "identity", "clients", "audit", "notifications", "documents", "treatment", "outcomes", "homework" })
package app.quadratus.scheduling;
