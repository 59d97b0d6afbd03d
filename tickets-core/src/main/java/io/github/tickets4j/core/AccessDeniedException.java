package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.UserId;

/** Thrown when the access policy refuses an actor an action; nothing was changed. */
public class AccessDeniedException extends TicketsException {
    private static final long serialVersionUID = 1L;
    /** @serial who was denied */
    private final UserId user;
    /** @serial what was denied */
    private final Permission permission;
    /** @serial the ticket number or project the action was aimed at */
    private final String target;

    /**
     * Creates the exception.
     *
     * @param user who was denied, never null
     * @param permission what was denied, never null
     * @param target the ticket number or project the action was aimed at, never null
     * @param reason why, for the message, never null
     */
    public AccessDeniedException(UserId user, Permission permission, String target, String reason) {
        super("User " + user.value() + " may not " + permission.verb() + " " + target + ": " + reason);
        this.user = user;
        this.permission = permission;
        this.target = target;
    }

    /** @return the user who was denied, never null */
    public UserId user() {
        return user;
    }

    /** @return the permission that was missing, never null */
    public Permission permission() {
        return permission;
    }

    /** @return the ticket number or project the action was aimed at, never null */
    public String target() {
        return target;
    }
}
