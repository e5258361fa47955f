package io.fazhi.report.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word's automatic numbering as the reader sees it: the label ({@code 四、}, {@code （二）},
 * {@code 1.}) Word draws before a numbered paragraph, which the file keeps only as a list
 * definition in numbering.xml and a counter. POI exposes the definitions but draws no labels; this
 * keeps the counters (per list, deeper levels restarting under a higher one) and writes each
 * level's format — Chinese counting, 甲乙丙, circled and full-width digits, letters, Roman —
 * into its level text. Numbering given by a paragraph's style (headings) counts too.
 */
final class WordNumbering {

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    /** Counters per list definition (abstractNum), one per level. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    /** The list instances (num) seen so far: a startOverride applies when one first appears. */
    private final Set<BigInteger> started = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /**
     * The label Word shows before this paragraph, or "" when it is not numbered (or a bullet); a
     * broken list definition (a value out of range, a dangling reference) is no label, not an
     * unreadable report.
     */
    String label(XWPFParagraph paragraph) {
        try {
            return labelOf(paragraph);
        } catch (RuntimeException broken) {
            return "";
        }
    }

    private String labelOf(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null
                ? 0
                : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null || level < 0 || level > 8) {
            return ""; // numId 0 ("no numbering") or a dangling reference
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        Map<Integer, CTLvl> levels = new HashMap<>();
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            levels.put(lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue(), lvl);
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[9]);
        if (started.add(numId)) {
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                if (override.getStartOverride() != null && override.getIlvl() != null) {
                    count[override.getIlvl().intValue()] =
                            override.getStartOverride().getVal().intValue() - 1;
                }
            }
        }
        CTLvl lvl = levels.get(level);
        if (lvl == null) {
            return "";
        }
        count[level] = count[level] == 0 && start(lvl) != 1 ? start(lvl) : count[level] + 1;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String format = format(lvl);
        if (format.equals("bullet")
                || format.equals("none")
                || lvl.getLvlText() == null
                || lvl.getLvlText().getVal() == null) {
            return "";
        }
        String text = lvl.getLvlText().getVal();
        boolean legal = lvl.getIsLgl() != null;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int of = text.charAt(++i) - '1';
                CTLvl that = levels.get(of);
                int value = of >= 0 && of <= level ? Math.max(count[of], that == null ? 1 : start(that)) : 0;
                label.append(ListLabels.write(value, legal || that == null ? "decimal" : format(that)));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** The paragraph's own numbering, else its style's (following basedOn), as Word resolves it. */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        for (XWPFStyle style : WordStyles.of(document, paragraph)) {
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getNumPr() != null) {
                return pPr.getNumPr();
            }
        }
        return null;
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null || lvl.getStart().getVal() == null
                ? 1
                : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? "decimal"
                : lvl.getNumFmt().getVal().toString();
    }
}
