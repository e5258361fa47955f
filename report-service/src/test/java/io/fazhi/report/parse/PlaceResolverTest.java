package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.platform.places.PlaceDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    static final PlaceResolver RESOLVER = new PlaceResolver(new PlaceDirectory());

    @Test
    void aNameInsideALongerNameIsNotAMentionOfItsOwn() {
        // 石槽镇 (河南 柘城县) is inside 北石槽镇 (北京 顺义区): counted too, it would tie with it.
        PlaceResolution resolution = RESOLVER.resolve("北石槽镇2024年法治政府建设情况报告。北石槽镇党委高度重视法治建设。", "");

        assertThat(resolution.resolved()).isTrue();
        assertThat(resolution.township().code()).isEqualTo("110113115");
        assertThat(resolution.candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.evidence()).containsExactly("北石槽镇 ×2"));
    }

    @Test
    void theShorterNameStillCountsWhereItStandsAlone() {
        PlaceResolution resolution = RESOLVER.resolve("石槽镇2024年法治政府建设情况报告。", "");

        assertThat(resolution.township().code()).isEqualTo("411625108");
    }

    @Test
    void aGenericWordIsNeverPlaceEvidenceWhateverTheTableHolds() {
        // Two rows of the division table are named just 街道; every 街道 report says 街道 many times.
        PlaceResolution resolution = RESOLVER.resolve("2024年，东湖街道在区委、区政府的领导下，街道党工委、街道办事处推进法治建设。", "");

        assertThat(resolution.resolved()).isFalse();
        assertThat(resolution.candidates())
                .extracting(c -> c.township().name())
                .containsOnly("东湖街道")
                .hasSizeGreaterThan(1);
        assertThat(RESOLVER.resolve("街道党工委、街道办事处高度重视法治建设。", "").candidates()).isEmpty();
    }

    @Test
    void variantFormsOfATownshipNameResolveToIt() {
        // 鹤龙街 for 鹤龙街道 (广州白云区): the text's 区委 leaves only district townships.
        assertThat(RESOLVER.resolve("2024年，鹤龙街坚持以习近平法治思想为指导，在区委、区政府领导下推进法治建设。", "")
                        .candidates())
                .extracting(c -> c.township().name())
                .containsOnly("鹤龙街道");
        assertThat(RESOLVER.resolve("中共黄湾镇委员会 黄湾镇人民政府关于2024年度法治政府建设的报告 中共海宁市委、海宁市人民政府：", "")
                        .township()
                        .code())
                .isEqualTo("330481108");
        // 下太镇 is how 英德市 writes 下石太镇 today (township-aliases.csv).
        assertThat(RESOLVER.resolve("下太镇2022年法治政府建设情况报告", "").township().code()).isEqualTo("441881120");
        // 开发区银杏大街街道 in the table.
        assertThat(RESOLVER.resolve("银杏大街街道在文峰区委、区政府的正确领导下", "").township().code())
                .isEqualTo("410571564");
    }

    @Test
    void theKindOfCountyTheTextNamesNarrowsNamesakes() {
        String text = "2025年，海滨街道在%s的正确领导下，全面推进法治政府建设。";
        List<PlaceCandidate> underDistricts =
                RESOLVER.resolve(text.formatted("区委、区政府"), "").candidates();
        List<PlaceCandidate> all = RESOLVER.resolve(text.formatted("上级党委"), "").candidates();

        assertThat(underDistricts)
                .isNotEmpty()
                .hasSizeLessThan(all.size())
                .allSatisfy(c -> assertThat(c.path()).matches(".*区 海滨街道"));
        // 依法治县委员会 is a committee, not a county's leaders.
        assertThat(RESOLVER.resolve(text.formatted("区委、区政府和上级依法治县委员会"), "").candidates())
                .hasSameSizeAs(underDistricts);
    }

    @Test
    void anAutonomousCountyIsNamedWithoutItsPeoples() {
        // 屏边苗族自治县 is 屏边县 in its townships' reports; eight townships are called 新华乡.
        PlaceResolution resolution = RESOLVER.resolve("发布机构屏边县新华乡人民政府\n新华乡2025年法治政府建设工作情况报告", "");

        assertThat(resolution.township().code()).isEqualTo("532523205");
        assertThat(resolution.candidates().get(0).evidence()).contains("屏边县");
    }

    @Test
    void aCountysBareNameCountsOnlyWhereItNamesThePlace() {
        // 闸口镇 is in 公安县 (Hubei) and 合浦县 (Guangxi); 公安 is also the police in every report.
        PlaceResolution police = RESOLVER.resolve("闸口镇联合派出所和公安部门开展平安建设，公安干警进村入户。闸口镇全年化解纠纷30件。", "");
        assertThat(police.resolved()).isFalse();
        assertThat(police.candidates()).hasSize(2);
        // In a local plan's name it does: 法治公安 / 《公安县…规划》.
        assertThat(RESOLVER.resolve("闸口镇认真落实《法治公安建设规划》，全年化解纠纷30件。", "")
                        .township()
                        .code())
                .startsWith("421022");
        // 南部 (south) is 南部县 only as a place.
        assertThat(RESOLVER.resolve("永定镇地处县境南部，全镇化解纠纷30件。", "").resolved()).isFalse();
    }
}
