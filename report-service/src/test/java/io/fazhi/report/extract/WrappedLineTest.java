package io.fazhi.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a page's line goes on in the next: block 100–820, characters 40 wide. */
class WrappedLineTest {

    @Test
    void aFullLineGoesOnInAFlushLeftLine() {
        assertThat(WrappedLine.continues("我镇坚持学法用法，不断提高依法执政能", 818, "力。", 100, 100, 820, 40))
                .isTrue();
        // Ending a sentence at the edge is no paragraph's end by itself.
        assertThat(WrappedLine.continues("我镇坚持学法用法，不断提高依法执政能力。", 818, "同时加强培训。", 100, 100, 820, 40))
                .isTrue();
    }

    @Test
    void aShortLineAnIndentedNextLineOrAHeadingAfterASentenceEndsTheParagraph() {
        assertThat(WrappedLine.continues("依法执政能力。", 380, "我镇坚持", 100, 100, 820, 40))
                .isFalse();
        assertThat(WrappedLine.continues("我镇坚持学法用法，不断提高依法执政能", 818, "我镇", 180, 100, 820, 40))
                .isFalse();
        assertThat(WrappedLine.continues("将全镇网格补贴与工作实际挂钩。", 818, "三、党政“一把手”履行法治建设第一责任人职责情况", 100, 100, 820, 40))
                .isFalse();
        assertThat(WrappedLine.continues("取得了一定成效。”", 818, "（二）加强法治学习", 100, 100, 820, 40))
                .isFalse();
        assertThat(WrappedLine.continues("取得了一定成效。", 818, "二是加强法治学习", 100, 100, 820, 40))
                .isFalse();
        // A year or a figure at the start of the next line is no heading's number.
        assertThat(WrappedLine.continues("取得了一定成效。", 818, "2024年，我镇", 100, 100, 820, 40))
                .isTrue();
        assertThat(WrappedLine.continues("取得了一定成效。", 818, "1.5万人参加", 100, 100, 820, 40))
                .isTrue();
    }
}
