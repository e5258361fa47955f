package io.fazhi.platform.places;

/**
 * The forms a place code takes in requests, for {@code @Pattern} checks on parameters and bodies:
 * one home for the patterns and the messages a caller reads when a code does not fit. Codes are
 * the division table's: 2 digits a province, 4 a city, 6 a county, 9 a township; CN the nation.
 */
public final class PlaceCodes {

    public static final String TOWNSHIP = "[0-9]{9}";
    public static final String TOWNSHIP_MESSAGE = "must be a 9-digit township code";
    /** The places an office covers: province, city or county. */
    public static final String OFFICE = "[0-9]{2}|[0-9]{4}|[0-9]{6}";

    public static final String OFFICE_MESSAGE = "must be a 2-, 4- or 6-digit place code";
    public static final String ANY = OFFICE + "|" + TOWNSHIP;
    public static final String ANY_MESSAGE = "must be a 2-, 4-, 6- or 9-digit place code";
    /** Any level, or the whole nation. */
    public static final String ANY_OR_NATION = "CN|" + ANY;

    private PlaceCodes() {}
}
