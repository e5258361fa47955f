package io.fazhi.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** report-service's warnings as a clerk reads them. */
class PlainWarningsTest {

    @Test
    void placeAndYearWarningsInWordsAndAnUnknownOneAsItIs() {
        assertThat(PlainWarnings.of(List.of(
                        "submitted for 南宋镇 (140404107) but the text names 苏店镇 (140404101)",
                        "the text names no year it covers; taken as 2024 from the document number",
                        "township name 南阳镇 fits 9 places and the text does not say which",
                        "the text names no township under 140404",
                        "the text was read by OCR (Tesseract, chi_sim) with a mean confidence of 93%",
                        "page 3 of the scan could not be read by OCR",
                        "something new")))
                .containsExactly(
                        "报送账号为南宋镇（140404107），但正文写的是苏店镇（140404101）。",
                        "正文没有写明报告年度，按文号推定为2024年。",
                        "乡镇名称“南阳镇”对应9个地方，正文没有说明是哪一个，需由县级司法局确认。",
                        "正文中没有找到乡镇名称，需由县级司法局确认是哪个乡镇的报告。",
                        "正文由文字识别（OCR）从扫描件读出，平均置信度93%，请核对原件。",
                        "扫描件第3页无法识别。",
                        "something new");
    }
}
