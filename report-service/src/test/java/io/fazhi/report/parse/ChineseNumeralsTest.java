package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsTheNumeralsOfReportsAndDates() {
        assertThat(ChineseNumerals.parse("二十")).hasValue(20);
        assertThat(ChineseNumerals.parse("十二")).hasValue(12);
        assertThat(ChineseNumerals.parse("九十九")).hasValue(99);
        assertThat(ChineseNumerals.parse("两")).hasValue(2);
        assertThat(ChineseNumerals.parse("二〇二五")).hasValue(2025);
        assertThat(ChineseNumerals.parse("二十余")).isEmpty();
        assertThat(ChineseNumerals.parse("十十")).isEmpty();
    }
}
