package app.quadratus.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The client's own record, in the portal: a CLIENT account only. A method so annotated takes the client
 * id from {@link CurrentUser#ownClientId()}, never from the request, and looks every record up by
 * clinic and client together, so another client's id is "not found".
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('CLIENT')")
public @interface ClientSelfAccess {
}
