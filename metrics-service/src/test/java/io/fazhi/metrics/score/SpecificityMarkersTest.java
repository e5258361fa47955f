package io.fazhi.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpecificityMarkersTest {

    /** The rule for a count as first written, as a regex: the scanner must find exactly what it finds. */
    private static final Pattern COUNT_RULE = Pattern.compile(
            "(\\d+(\\.\\d+)?|[一二两三四五六七八九十百千万]+)\\s*(万)?(余|多)?\\s*(次|场|件|起|条|名|人次|人|个|份|期|批|户|项|家|所|支|篇|%|万元|元)");

    @Test
    void countsAreNumbersWithTheirUnits() {
        assertThat(SpecificityMarkers.counts("全年共开展集中学法46次，参学980人次")).isTrue();
        assertThat(SpecificityMarkers.counts("开展法治宣传活动二十余次")).isTrue();
        assertThat(SpecificityMarkers.counts("发放宣传资料两万余份")).isTrue();
        assertThat(SpecificityMarkers.counts("投入资金1.5 万元")).isTrue();
        assertThat(SpecificityMarkers.counts("矛盾纠纷化解率达100%")).isTrue();
        assertThat(SpecificityMarkers.counts("受理群众来访 358 件")).isTrue();
        assertThat(SpecificityMarkers.counts("多次召开会议，研究部署法治政府建设工作")).isFalse();
        assertThat(SpecificityMarkers.counts("切实加强党对法治政府建设的领导")).isFalse();
        assertThat(SpecificityMarkers.counts("2024年工作要点")).isFalse();
        assertThat(SpecificityMarkers.in("聘请山西某某律师事务所张明律师为法律顾问，全年审查合同12份")).containsExactly("number", "person");
    }

    @Test
    void theScannerFindsACountExactlyWhenTheRuleDoes() {
        // Strings built from the characters the rule turns on, and a few it ignores: 200,000 of them,
        // from a fixed seed so a failure repeats.
        String alphabet = "0123456789. 　\t万余多十两百人次元场%件年的会";
        Random random = new Random(20241231L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                sentence.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sentence.toString();
            assertThat(SpecificityMarkers.counts(s))
                    .as("\"%s\"", s)
                    .isEqualTo(COUNT_RULE.matcher(s).find());
        }
    }
}
