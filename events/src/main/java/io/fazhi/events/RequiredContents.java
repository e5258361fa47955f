package io.fazhi.events;

import java.util.Collection;
import java.util.List;

/**
 * The contents every annual report must have (《法治政府建设与责任落实督察工作规定》), by the names
 * events carry: the one list report-service's parse and metrics-service's assessment check
 * against. 其他需要报告的情况 is optional in practice and never missing.
 */
public final class RequiredContents {

    /** The required contents as section kinds, in the order a report has them. */
    public static final List<String> KINDS = List.of("measures", "first-responsible", "shortcomings", "next-year-plan");

    private RequiredContents() {}

    /** The required contents not among {@code present} (section kinds), in order. */
    public static List<String> missing(Collection<String> present) {
        return KINDS.stream().filter(kind -> !present.contains(kind)).toList();
    }

    /** The Chinese name a county office reads for a content name of {@code missingContents}. */
    public static String chinese(String content) {
        return switch (content) {
            case "measures" -> "主要举措和成效";
            case "first-responsible" -> "党政主要负责人履行第一责任人职责情况";
            case "shortcomings" -> "存在的不足和原因";
            case "next-year-plan" -> "下一年度工作安排";
            case "causes" -> "不足的原因";
            default -> content;
        };
    }
}
