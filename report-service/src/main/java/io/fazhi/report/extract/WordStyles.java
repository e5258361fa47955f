package io.fazhi.report.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/** A paragraph's style and the styles it is based on, nearest first, as Word resolves properties. */
final class WordStyles {

    private WordStyles() {}

    /** The chain stops at a missing style or a loop (a broken file is no reason to fail). */
    static List<XWPFStyle> of(XWPFDocument document, XWPFParagraph paragraph) {
        List<XWPFStyle> chain = new ArrayList<>();
        String styleId = paragraph.getStyleID();
        Set<String> seen = new HashSet<>();
        while (styleId != null && document.getStyles() != null && seen.add(styleId)) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                break;
            }
            chain.add(style);
            styleId = style.getBasisStyleID();
        }
        return chain;
    }
}
