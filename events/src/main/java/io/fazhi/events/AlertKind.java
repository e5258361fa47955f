package io.fazhi.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a compliance alert is about. */
public enum AlertKind {
    MISSING_SECTION("missing-section", "报告缺少必备内容"),
    LOW_SCORE("low-score", "报告得分偏低"),
    LATE("late", "报告逾期报送"),
    OVERDUE("overdue", "报告逾期未报"),
    DEADLINE_APPROACHING("deadline-approaching", "报送期限临近"),
    TEMPLATE_REUSE("template-reuse", "疑似套用他人报告");

    private final String wire;
    private final String chinese;

    AlertKind(String wire, String chinese) {
        this.wire = wire;
        this.chinese = chinese;
    }

    /** What an office reads: in notices' titles, inbox filters and subscription forms. */
    public String chinese() {
        return chinese;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AlertKind fromWire(String wire) {
        return Arrays.stream(values())
                .filter(k -> k.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert kind: " + wire));
    }
}
