package io.fazhi.console.submit;

import io.fazhi.console.api.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** The rules of the submit form: which files it takes, the idempotency key, and refusals in words. */
final class SubmittedFile {

    private static final Map<String, String> TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "txt", "text/plain");

    private SubmittedFile() {}

    /** The media type of an accepted file name, or null: the API tells formats by content, the form by name first. */
    static String mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The Idempotency-Key: the user and the content, so a second click (or a reload that posts
     * again) does not make a second version.
     */
    static String key(String subject, java.nio.file.Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256(subject);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return "console-" + HexFormat.of().formatHex(digest.digest()).substring(0, 48);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String subject, String text) {
        MessageDigest digest = sha256(subject);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return "console-" + HexFormat.of().formatHex(digest.digest()).substring(0, 48);
    }

    /** Why the API refused, for the township: a sentence in Chinese, then the API's own words. */
    static String explain(ApiProblem problem) {
        String why = switch (problem.status()) {
            case 413 -> "文件过大，不能超过5 MB。";
            case 415 -> "无法读取这种文件：请上传 .docx、.pdf 或 .txt 文件。";
            case 422 -> "未能识别为法治政府建设年度报告，或无法确定年度、乡镇。";
            case 409 -> "这份报告与已报送的内容冲突。";
            case 403 -> "您无权报送这份报告。";
            case 429 -> "报送过于频繁，请稍后再试。";
            default -> "报送未成功，请检查后重试。";
        };
        return problem.detail().isBlank() ? why : why + "（系统说明：" + problem.detail() + "）";
    }

    private static MessageDigest sha256(String subject) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(subject.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
