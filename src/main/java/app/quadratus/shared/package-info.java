/**
 * Shared kernel: the few types every module speaks (the signed-in person, roles, the "not found" and
 * "invalid field" errors) and the web plumbing that turns them into pages and RFC 9457 problems.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.quadratus.shared;
