package io.fazhi.report.parse;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the covered year of a report came from, strongest first. */
public enum YearSource {
    /** The submitter named it: it wins over the text. */
    REQUEST("request", "the request"),
    /** The title: 关于2024年度法治政府建设情况的报告. */
    TITLE("title", "the title"),
    /** The opening of the body: 2024年，…；现将…2024年度…报告如下. */
    BODY("body", "the opening of the text"),
    /** The date the report was issued (成文日期, the date under the signature). */
    ISSUED_ON("issued-on", "the date of issue"),
    /** The year in the report's own document number, 雷东府〔2025〕26号. */
    DOC_NUMBER("doc-number", "the document number"),
    /** Nothing in the text: the date the suite received it. */
    SUBMITTED_AT("submitted-at", "the date it was received");

    private final String wire;
    private final String phrase;

    YearSource(String wire, String phrase) {
        this.wire = wire;
        this.phrase = phrase;
    }

    /** How a warning names this source: "the title". */
    public String phrase() {
        return phrase;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
