package io.fazhi.report.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns submitted bytes into text. A byte-order mark decides first (UTF-8, UTF-16); then the
 * declared charset, if the bytes really are in it; then UTF-8; then GB18030, the superset of GBK
 * and GB2312 that Chinese Windows software writes. Decoding is strict, so a wrong guess fails
 * instead of producing mojibake, and a charset that does not fit the bytes becomes a warning.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    public record Decoded(String text, Charset charset, List<String> warnings) {}

    public static Decoded decode(byte[] bytes, Charset declared) {
        List<String> warnings = new ArrayList<>();
        Optional<Decoded> byBom = decodeByBom(bytes);
        if (byBom.isPresent()) {
            return byBom.get();
        }
        if (declared != null) {
            Optional<String> text = strict(bytes, declared);
            // A single-byte charset (ISO-8859-1, the HTTP default) decodes any bytes: believe it only
            // if the result is Chinese text.
            if (text.isPresent() && (hanRich(text.get()) || !hanRichElsewhere(bytes, declared))) {
                return new Decoded(text.get(), declared, warnings);
            }
            warnings.add("the bytes are not " + declared.name() + " as declared");
        }
        for (Charset candidate : List.of(StandardCharsets.UTF_8, GB18030)) {
            if (candidate.equals(declared)) {
                continue;
            }
            Optional<String> text = strict(bytes, candidate);
            if (text.isPresent()) {
                if (declared != null || candidate != StandardCharsets.UTF_8) {
                    warnings.add("decoded as " + candidate.name());
                }
                return new Decoded(text.get(), candidate, warnings);
            }
        }
        throw new UnreadableReportException("the text is neither UTF-8 nor GB18030/GBK"
                + (declared == null ? "" : " nor " + declared.name()) + ": cannot decode it");
    }

    private static boolean hanRich(String text) {
        long han = TextExtractor.countHan(text);
        return han * 4 >= text.length() / 2 && han > 0;
    }

    private static boolean hanRichElsewhere(byte[] bytes, Charset declared) {
        return List.of(StandardCharsets.UTF_8, GB18030).stream()
                .filter(c -> !c.equals(declared))
                .map(c -> strict(bytes, c))
                .anyMatch(t -> t.isPresent() && hanRich(t.get()));
    }

    private static Optional<Decoded> decodeByBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return withBom(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return withBom(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return withBom(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Decoded> withBom(byte[] bytes, int bomLength, Charset charset) {
        byte[] rest = java.util.Arrays.copyOfRange(bytes, bomLength, bytes.length);
        String text = strict(rest, charset)
                .orElseThrow(() -> new UnreadableReportException(
                        "the text starts with a " + charset.name() + " byte-order mark but is not " + charset.name()));
        return Optional.of(new Decoded(text, charset, List.of()));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
