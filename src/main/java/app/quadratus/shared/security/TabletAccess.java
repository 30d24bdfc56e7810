package app.quadratus.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What a client does on the clinic's tablet (answering a questionnaire): clinical staff, or a session
 * they handed over ({@link Kiosk}). The kiosk itself limits which record's pages the session reaches.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('OWNER','THERAPIST','KIOSK')")
public @interface TabletAccess {
}
