package app.quadratus.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What a care-team member sees of a client who shared it with them: a PARTNER account only, and only
 * inside a live share ({@link CareTeamView#require}); the client id comes from the share, never from the
 * request.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('PARTNER')")
public @interface CareTeamAccess {
}
