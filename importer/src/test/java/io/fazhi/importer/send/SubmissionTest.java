package io.fazhi.importer.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fazhi.importer.files.ReportFile;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final String GATEWAY = "https://fazhi.example.gov.cn";

    @Test
    void theKeyDependsOnTheContentAndTheTargetNotOnTheFilesName() {
        Submission a = new Submission(file("a.txt"), null, null, null, "hash1");
        Submission copy = new Submission(file("copy of a.txt"), null, null, null, "hash1");
        assertThat(a.idempotencyKey(GATEWAY))
                .isEqualTo(copy.idempotencyKey(GATEWAY))
                .startsWith("import-")
                .hasSize("import-".length() + 64);
        assertThat(a.idempotencyKey("http://localhost:8080")).isNotEqualTo(a.idempotencyKey(GATEWAY));
        assertThat(new Submission(file("a.txt"), "140404107", null, null, "hash1").idempotencyKey(GATEWAY))
                .isNotEqualTo(a.idempotencyKey(GATEWAY));
        assertThat(new Submission(file("a.txt"), null, 2023, null, "hash1").idempotencyKey(GATEWAY))
                .isNotEqualTo(a.idempotencyKey(GATEWAY));
        assertThat(new Submission(file("a.txt"), null, null, Instant.parse("2024-01-10T00:00:00Z"), "hash1")
                        .idempotencyKey(GATEWAY))
                .isNotEqualTo(a.idempotencyKey(GATEWAY));
        assertThat(new Submission(file("a.txt"), null, null, null, "hash2").idempotencyKey(GATEWAY))
                .isNotEqualTo(a.idempotencyKey(GATEWAY));
    }

    @Test
    void aClaimedDateIsADayInChinaOrAnInstantWithItsOffset() {
        assertThat(ClaimedDate.parse("2025-01-10")).isEqualTo(Instant.parse("2025-01-09T16:00:00Z"));
        assertThat(ClaimedDate.parse("2025-01-10T08:00:00+08:00")).isEqualTo(Instant.parse("2025-01-10T00:00:00Z"));
        assertThat(ClaimedDate.parse(null)).isNull();
        assertThatThrownBy(() -> ClaimedDate.parse("10/01/2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-10T08:00:00+08:00");
        assertThatThrownBy(() -> ClaimedDate.parse("2025-01-10T08:00:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patienceHonoursRetryAfterWithinItsBoundAndDoublesOtherwise() {
        Patience patience = new Patience(5, Duration.ofSeconds(30));
        assertThat(patience.pause(1, OptionalLong.of(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(patience.pause(1, OptionalLong.of(3600))).isEqualTo(Duration.ofSeconds(30));
        assertThat(patience.pause(1, OptionalLong.empty())).isEqualTo(Duration.ofMillis(500));
        assertThat(patience.pause(3, OptionalLong.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(patience.pause(40, OptionalLong.empty())).isEqualTo(Duration.ofSeconds(30));

        assertThat(Patience.retryAfter(answer(Map.of("Retry-After", List.of("12")))))
                .isEqualTo(OptionalLong.of(12));
        assertThat(Patience.retryAfter(answer(Map.of("Retry-After", List.of("Wed, 21 Oct 2026 07:28:00 GMT")))))
                .isEmpty();
        assertThat(Patience.retryAfter(answer(Map.of()))).isEmpty();
        assertThat(List.of(429, 502, 503, 504)).allMatch(Patience::transientStatus);
        assertThat(List.of(400, 401, 403, 409, 413, 422, 500)).noneMatch(Patience::transientStatus);
    }

    private static ReportFile file(String name) {
        return new ReportFile(Path.of(name), name);
    }

    private static HttpResponse<byte[]> answer(Map<String, List<String>> headers) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return 429;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<byte[]>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (a, b) -> true);
            }

            @Override
            public byte[] body() {
                return new byte[0];
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public java.net.URI uri() {
                return java.net.URI.create(GATEWAY);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
