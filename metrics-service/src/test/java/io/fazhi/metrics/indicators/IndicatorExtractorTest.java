package io.fazhi.metrics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fazhi.metrics.SampleEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorExtractorTest {

    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.fromResource("/indicators.yaml");

    @Test
    void nansongFound74DisputesAndResolvedAllOfThem() {
        List<Indicator> found = extract("nansong-2024");
        assertThat(found)
                .extracting(Indicator::kind, Indicator::value, Indicator::unit, Indicator::approximate)
                .contains(
                        tuple("disputes-found", 74.0, "条", false),
                        tuple("disputes-resolved", 74.0, "条", false),
                        tuple("resolution-rate", 100.0, "%", false),
                        tuple("volunteers", 57.0, "名", false));
    }

    @Test
    void pingshiCounts46StudySessions980AttendancesAndMoreThan526Disputes() {
        List<Indicator> found = extract("pingshi-2024");
        assertThat(found)
                .extracting(Indicator::kind, Indicator::value, Indicator::unit, Indicator::approximate)
                .contains(
                        tuple("study-sessions", 46.0, "次", false),
                        tuple("study-attendance", 980.0, "人次", false),
                        tuple("disputes-found", 526.0, "件", true),
                        tuple("resolution-rate", 100.0, "%", false));
        Indicator disputes = found.stream()
                .filter(i -> i.kind().equals("disputes-found"))
                .findFirst()
                .orElseThrow();
        assertThat(disputes.source()).contains("526余件");
    }

    @Test
    void nanyangsLawsuitsMediationsPetitionsAndPublicity() {
        List<Indicator> found = extract("nanyang-2023");
        assertThat(found)
                .extracting(Indicator::kind, Indicator::value, Indicator::approximate)
                .contains(
                        tuple("lawsuits", 2.0, false),
                        tuple("lawsuits-won", 1.0, false),
                        tuple("lawsuits-withdrawn", 1.0, false),
                        tuple("lawsuits-lost", 0.0, false),
                        tuple("disputes-mediated", 192.0, false),
                        tuple("petitions-received", 358.0, false),
                        tuple("petitions-closed", 356.0, false),
                        tuple("publicity-events", 20.0, true));
    }

    @Test
    void readsChineseNumeralsTenThousandsAndApproximations() {
        List<Indicator> found = EXTRACTOR.extract("全年开展普法宣传活动两万余次，发放宣传资料1.8万份，培训干部近300人次，化解矛盾纠纷三十件左右。");
        assertThat(found)
                .extracting(Indicator::kind, Indicator::value, Indicator::approximate)
                .containsExactly(
                        tuple("publicity-events", 20000.0, true),
                        tuple("publicity-materials", 18000.0, false),
                        tuple("trainees", 300.0, true),
                        tuple("disputes-resolved", 30.0, true));
    }

    @Test
    void aNumberBelongsToOneKindOnly() {
        List<Indicator> found = EXTRACTOR.extract("组织专题学法46次，参学人员达980人次。");
        assertThat(found).extracting(Indicator::kind).containsExactly("study-sessions", "study-attendance");
    }

    private static List<Indicator> extract(String sample) {
        return EXTRACTOR.extract(SampleEvents.report(sample).text());
    }
}
