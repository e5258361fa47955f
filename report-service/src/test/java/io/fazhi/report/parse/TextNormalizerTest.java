package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void joinsAWordSplitByAPageBreak() {
        String text = "全面提升党员干部“知法、懂法、用法”水平，将加强法治理论学习摆在做好法治\n\n化建设工作的突出位置。";
        assertThat(TextNormalizer.normalize(text)).isEqualTo("全面提升党员干部“知法、懂法、用法”水平，将加强法治理论学习摆在做好法治化建设工作的突出位置。");
    }

    @Test
    void removesStraySpacesAroundNumbers() {
        assertThat(TextNormalizer.normalize("今年全镇共排查各类矛盾纠纷 526 余件，辖区 1.8 万余人，2025 年 1 月 9 日"))
                .isEqualTo("今年全镇共排查各类矛盾纠纷526余件，辖区1.8万余人，2025年1月9日");
    }

    @Test
    void foldsFullWidthDigitsAndMakesPunctuationInChineseFullWidth() {
        assertThat(TextNormalizer.normalize("(五) 狠抓普法力度, 积极推进工作落实; 共计１２次")).isEqualTo("（五）狠抓普法力度，积极推进工作落实；共计12次");
    }

    @Test
    void dropsMarkdownRulesPageNumbersAndRepeatedHeaders() {
        String text = "中共桐柏县平氏镇委员会文件\n## 一、基本情况\n**南宋镇**地处上党区南部。\n---\n- 2 -\n中共桐柏县平氏镇委员会文件\n二、主要举措";
        assertThat(TextNormalizer.normalize(text)).isEqualTo("中共桐柏县平氏镇委员会文件\n一、基本情况\n南宋镇地处上党区南部。\n二、主要举措");
    }

    @Test
    void keepsTitleAndHeadingsApartFromTheirParagraphs() {
        String text =
                "中共平氏镇委员会 平氏镇人民政府 关于2024年法治政府建设工作的报告\n\n一年来，平氏镇在县委、县政府的正确领导下推进工作。\n\n一是强化组织领导，落实工作责任\n\n我镇党委政府把法治政府建设工作列入重要议事日程。";
        assertThat(TextNormalizer.normalize(text).split("\n")).hasSize(4);
    }

    @Test
    void unifiesLineBreaksAndDropsTheByteOrderMark() {
        assertThat(TextNormalizer.normalize("\uFEFF第一行。\r\n第二行。\r第三行。")).isEqualTo("第一行。\n第二行。\n第三行。");
    }
}
