package io.fazhi.platform.places;

/**
 * A province, city, county or township.
 *
 * @param parentCode the code of the place one level up, or null for a province
 */
public record Place(String code, String name, PlaceLevel level, String parentCode) {

    /** Whether {@code other} is this place or lies under it. */
    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(code);
    }

    /** The code of the county a township or county belongs to; null above county level. */
    public String countyCode() {
        return code.length() >= 6 ? code.substring(0, 6) : null;
    }
}
