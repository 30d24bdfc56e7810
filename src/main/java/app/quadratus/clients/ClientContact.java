package app.quadratus.clients;

/** How to address a client in a service message: the name they go by and their email. Nothing clinical. */
public record ClientContact(String name, String email) {
}
