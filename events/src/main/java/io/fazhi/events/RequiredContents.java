package io.fazhi.events;

/** The contents every annual report must have (DOMAIN.md §2), by the names events carry. */
public final class RequiredContents {

    private RequiredContents() {
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
