package io.fazhi.report.parse;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a section of a report is about: the five required contents plus basic information. */
public enum SectionKind {
    BASIC_INFO("basic-info"),
    MEASURES("measures"),
    FIRST_RESPONSIBLE("first-responsible"),
    SHORTCOMINGS("shortcomings"),
    NEXT_YEAR_PLAN("next-year-plan"),
    OTHER("other");

    private final String wire;

    SectionKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
