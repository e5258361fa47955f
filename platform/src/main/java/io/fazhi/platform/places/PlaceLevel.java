package io.fazhi.platform.places;

import java.util.Arrays;
import java.util.Optional;

/** The four levels of the 统计用区划代码, told apart by the length of their code. */
public enum PlaceLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9);

    private final int codeLength;

    PlaceLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a code of this shape would have, whether or not the place exists. */
    public static Optional<PlaceLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(l -> l.codeLength == code.length())
                .findFirst();
    }
}
