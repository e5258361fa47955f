package io.fazhi.metrics;

import io.fazhi.events.EventJson;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report.submitted events report-service publishes for the three sample reports (its parse of
 * ../shared/samples/reports, frozen in src/test/resources/events): what metrics-service consumes.
 */
public final class SampleEvents {

    private SampleEvents() {}

    public static byte[] json(String name) {
        try (InputStream in = SampleEvents.class.getResourceAsStream("/events/" + name + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportSnapshot report(String name) {
        return EventJson.read(json(name), ReportSubmitted.class).report();
    }

    /** What a copying township does to 平氏镇's report: its own name and counts, the same words. */
    public static String copiedByAnotherTownship(String text) {
        return text.replace("平氏镇", "淮源镇")
                .replace("46", "39")
                .replace("980", "1020")
                .replace("526", "311")
                .replace("北西村", "东庄村");
    }
}
