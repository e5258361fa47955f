package io.fazhi.platform.identity;

/**
 * Who is calling: the subject of the bearer token, its most powerful group, and the place code it
 * acts for (empty for admin).
 */
public record Caller(String subject, Group group, String place) {

    public boolean isAdmin() {
        return group == Group.ADMIN;
    }

    /** The code prefix of everything this caller may see: its own place, or "" for admin. */
    public String scope() {
        return isAdmin() ? "" : place;
    }
}
