package io.fazhi.platform.identity;

import io.fazhi.core.identity.Group;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one place check every endpoint makes: a township acts only on itself, an office only on
 * places under its own code, admin everywhere.
 */
@RequestScoped
public class PlaceAccess {

    @Inject
    CallerIdentity identity;

    /** The caller, after checking it may act on {@code placeCode}; a 403 problem otherwise. */
    public Caller require(String placeCode) {
        return require(identity.current(), placeCode);
    }

    /** The same check for a caller already at hand. */
    public static Caller require(Caller caller, String placeCode) {
        if (!allows(caller, placeCode)) {
            throw new ProblemException(
                    ProblemType.PLACE_FORBIDDEN,
                    "place " + placeCode + " is outside the jurisdiction of " + describe(caller));
        }
        return caller;
    }

    /** The caller, without a place check: for lists, which filter by {@link Caller#scope()}. */
    public Caller caller() {
        return identity.current();
    }

    public static boolean allows(Caller caller, String placeCode) {
        if (caller.isAdmin()) {
            return true;
        }
        if (placeCode == null || placeCode.isEmpty()) {
            return false;
        }
        return caller.group() == Group.TOWNSHIP
                ? placeCode.equals(caller.place())
                : placeCode.startsWith(caller.place());
    }

    private static String describe(Caller caller) {
        return caller.group().claim() + " " + caller.place();
    }
}
