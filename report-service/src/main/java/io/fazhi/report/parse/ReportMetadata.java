package io.fazhi.report.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report says about itself. Any field may be null when the text does not say it.
 *
 * @param bodyStart where the body begins, after the header and title
 * @param bodyEnd where the closing block (issuing organs, date, 印发 line) begins
 */
public record ReportMetadata(
        Spanned<String> title,
        Spanned<String> docNumber,
        Spanned<String> signer,
        Spanned<String> addressee,
        List<Spanned<String>> issuingOrgans,
        Spanned<LocalDate> issuedOn,
        int bodyStart,
        int bodyEnd) {}
