package io.fazhi.platform.identity;

import io.fazhi.core.identity.Group;

/**
 * Who is calling: the subject of the bearer token, its most powerful group, and the place code it
 * acts for (empty for admin).
 *
 * @param importer the token also carries the {@code importer} role: a system that brings in earlier
 *     years' reports and may say when each was originally submitted
 */
public record Caller(String subject, Group group, String place, boolean importer) {

    public Caller(String subject, Group group, String place) {
        this(subject, group, place, false);
    }

    public boolean isAdmin() {
        return group == Group.ADMIN;
    }

    /** Whether the caller may claim a report's date of submission: admin, or an importer. */
    public boolean mayImport() {
        return isAdmin() || importer;
    }

    /** The code prefix of everything this caller may see: its own place, or "" for admin. */
    public String scope() {
        return isAdmin() ? "" : place;
    }
}
