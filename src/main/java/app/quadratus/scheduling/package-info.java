/**
 * The practice's diary: appointment types, therapists' working hours and time off, appointments and
 * their named transitions, free slots, the therapist's day and the clinic calendar. Double booking is
 * refused by the database (slot claims). Clinical modules know nothing of scheduling: arriving
 * publishes {@link app.quadratus.scheduling.AppointmentArrived}, which a treatment module may listen to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package app.quadratus.scheduling;
