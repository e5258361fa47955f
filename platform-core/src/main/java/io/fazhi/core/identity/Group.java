package io.fazhi.core.identity;

import java.util.Arrays;
import java.util.Optional;

/** The caller groups of the {@code groups} claim, with the place code length each acts on. */
public enum Group {
    TOWNSHIP("township", 9),
    COUNTY_OFFICE("county-office", 6),
    CITY_OFFICE("city-office", 4),
    PROVINCE_OFFICE("province-office", 2),
    ADMIN("admin", 0);

    private final String claim;
    private final int placeCodeLength;

    Group(String claim, int placeCodeLength) {
        this.claim = claim;
        this.placeCodeLength = placeCodeLength;
    }

    public String claim() {
        return claim;
    }

    /** The length of the {@code place} claim this group must carry; 0 for admin, who has none. */
    public int placeCodeLength() {
        return placeCodeLength;
    }

    public static Optional<Group> ofClaim(String claim) {
        return Arrays.stream(values()).filter(g -> g.claim.equals(claim)).findFirst();
    }
}
