package io.fazhi.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** List counters as Word draws them in the formats Chinese reports use. */
class ListLabelsTest {

    @Test
    void chineseCountingAsAReaderCountsHeadings() {
        assertThat(ListLabels.write(4, "chineseCounting")).isEqualTo("四");
        assertThat(ListLabels.write(10, "chineseCounting")).isEqualTo("十");
        assertThat(ListLabels.write(11, "chineseCountingThousand")).isEqualTo("十一");
        assertThat(ListLabels.write(20, "chineseCounting")).isEqualTo("二十");
        assertThat(ListLabels.write(23, "chineseCounting")).isEqualTo("二十三");
        assertThat(ListLabels.write(105, "chineseCounting")).isEqualTo("一百零五");
        assertThat(ListLabels.write(110, "chineseCounting")).isEqualTo("一百一十");
    }

    @Test
    void theOtherFormatsOfficesUse() {
        assertThat(ListLabels.write(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(ListLabels.write(2, "decimalEnclosedCircleChinese")).isEqualTo("②");
        assertThat(ListLabels.write(12, "decimalFullWidth")).isEqualTo("１２");
        assertThat(ListLabels.write(2025, "ideographDigital")).isEqualTo("二〇二五");
        assertThat(ListLabels.write(28, "lowerLetter")).isEqualTo("bb");
        assertThat(ListLabels.write(14, "upperRoman")).isEqualTo("XIV");
        assertThat(ListLabels.write(7, "decimal")).isEqualTo("7");
        assertThat(ListLabels.write(7, "someFormatNoReportUses")).isEqualTo("7");
    }
}
