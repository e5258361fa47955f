package io.fazhi.report.extract;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;

/**
 * Traditional → Simplified through OpenCC's dictionaries (opencc4j). Converting a whole text is
 * costly (milliseconds) and most reports are Simplified already, so a text is converted only when
 * it has a character that is Traditional and not also Simplified; those characters are found once,
 * at class load, over the CJK Unified Ideographs block.
 */
final class TraditionalChinese {

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL_ONLY = new BitSet(LAST - FIRST + 1);

    static {
        for (char c = FIRST; c <= LAST; c++) {
            if (ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c)) {
                TRADITIONAL_ONLY.set(c - FIRST);
            }
        }
    }

    private TraditionalChinese() {}

    static boolean isPresentIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && TRADITIONAL_ONLY.get(c - FIRST)) {
                return true;
            }
        }
        return false;
    }

    static String toSimplified(String text) {
        return ZhConverterUtil.toSimple(text);
    }
}
