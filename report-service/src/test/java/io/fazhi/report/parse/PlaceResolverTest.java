package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.platform.places.PlaceDirectory;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    static final PlaceResolver RESOLVER = new PlaceResolver(new PlaceDirectory());

    @Test
    void aNameInsideALongerNameIsNotAMentionOfItsOwn() {
        // 石槽镇 (河南 柘城县) is inside 北石槽镇 (北京 顺义区): counted too, it would tie with it.
        PlaceResolution resolution = RESOLVER.resolve("北石槽镇2024年法治政府建设情况报告。北石槽镇党委高度重视法治建设。", "");

        assertThat(resolution.resolved()).isTrue();
        assertThat(resolution.township().code()).isEqualTo("110113115");
        assertThat(resolution.candidates()).singleElement()
                .satisfies(c -> assertThat(c.evidence()).containsExactly("北石槽镇 ×2"));
    }

    @Test
    void theShorterNameStillCountsWhereItStandsAlone() {
        PlaceResolution resolution = RESOLVER.resolve("石槽镇2024年法治政府建设情况报告。", "");

        assertThat(resolution.township().code()).isEqualTo("411625108");
    }
}
