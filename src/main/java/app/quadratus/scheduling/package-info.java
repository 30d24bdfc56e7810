/**
 * The practice's diary: appointment types, therapists' working hours and time off, appointments and
 * their named transitions, free slots, the therapist's day and the clinic calendar. Double booking is
 * refused by the database (slot claims). Clinical modules know nothing of scheduling: arriving
 * publishes {@link app.quadratus.scheduling.AppointmentArrived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling", allowedDependencies = { "shared", "clinic", "identity", "clients", "audit", "notifications", "documents" })
package app.quadratus.scheduling;
